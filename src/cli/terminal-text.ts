// Text from user files (printf output of the C, scenario names and contents, source lines,
// diagnostics quoting them) goes to a terminal, where control characters are commands: ESC
// starts sequences that clear the screen, move the cursor, retitle the window or worse. Every
// control character except newline and tab — C0, DEL and C1 — is shown as a visible \xNN escape
// instead. The CLI escapes user text where it enters the output, and everything once more where
// it leaves the process (keeping only mmstep's own colour codes when colour is on).

// C0 without \t (0x09) and \n (0x0a), DEL, C1.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
// The exact SGR sequences src/cli/format.ts and check.ts paint with.
// eslint-disable-next-line no-control-regex
const OWN_SGR = /\x1b\[(?:0|1|2|31|32|33)m/g;

function visible(c: string): string {
  return '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0');
}

/** `s` with every control character but \n and \t as a visible `\xNN`. */
export function escapeControls(s: string): string {
  return s.replace(CONTROL, visible);
}

/**
 * The last line of defence, applied to everything the CLI writes: like escapeControls, but with
 * `keepColour` mmstep's own colour sequences stay (user text was escaped before it got here, so
 * any escape character left is one of ours).
 */
export function escapeTerminal(s: string, keepColour: boolean): string {
  if (!keepColour) return escapeControls(s);
  let out = '';
  let last = 0;
  for (const m of s.matchAll(OWN_SGR)) {
    out += escapeControls(s.slice(last, m.index)) + m[0];
    last = m.index! + m[0].length;
  }
  return out + escapeControls(s.slice(last));
}
