// Why: a patch document, a breakpoint set in it, a CodeLens on it and a piece of evidence must all
// name the same patch without sharing in-memory state (they live in the extension host, the debug
// adapter's child process and the drafts file). A PatchRef names it by the mail files it was read
// from and its Message-ID, and encodes to the path + query of an `mmstep-patch:` URI.
export const PATCH_SCHEME = 'mmstep-patch';

export interface PatchRef {
  /** Absolute paths of the mail files opened together (mbox, .eml, format-patch files). */
  mails: string[];
  /** Message-ID of the patch, angle brackets kept; for a virtual document, `virtual:<subject key>`. */
  messageId: string;
}

/** `/<slug>.patch` and `mail=…&mail=…&id=…` (URI-encoded), as a vscode.Uri's path and query. */
export function encodePatchRef(ref: PatchRef, title: string): { path: string; query: string } {
  const slug = title.replace(/^\s*(re:\s*)*/i, '').replace(/\[[^\]]*\]\s*/g, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'patch';
  const query = [...ref.mails.map((m) => `mail=${encodeURIComponent(m)}`), `id=${encodeURIComponent(ref.messageId)}`].join('&');
  return { path: `/${slug}.patch`, query };
}

/** The PatchRef in a URI query, or an error message saying what is missing. */
export function decodePatchRef(query: string): { ref?: PatchRef; error?: string } {
  const mails: string[] = [];
  let messageId: string | undefined;
  for (const part of query.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    let value: string;
    try {
      value = decodeURIComponent(eq < 0 ? '' : part.slice(eq + 1));
    } catch {
      return { error: `patch URI: '${part}' is not URI-encoded` };
    }
    if (key === 'mail' && value) mails.push(value);
    else if (key === 'id' && value) messageId = value;
  }
  if (!mails.length) return { error: 'patch URI names no mail file (mail=…)' };
  if (!messageId) return { error: 'patch URI names no Message-ID (id=…)' };
  return { ref: { mails, messageId } };
}

/** `mmstep-patch:/<slug>.patch?<query>` as a string (what DAP sees as a breakpoint's source path). */
export function patchUriString(ref: PatchRef, title: string): string {
  const { path, query } = encodePatchRef(ref, title);
  return `${PATCH_SCHEME}:${path}?${query}`;
}

/** The PatchRef of a `mmstep-patch:` URI string, however VS Code escaped it. */
export function patchRefOfUri(uri: string): { ref?: PatchRef; error?: string } {
  if (!uri.startsWith(`${PATCH_SCHEME}:`)) return { error: `not an ${PATCH_SCHEME}: URI` };
  const q = uri.indexOf('?');
  if (q < 0) return { error: 'patch URI has no query' };
  return decodePatchRef(uri.slice(q + 1));
}
