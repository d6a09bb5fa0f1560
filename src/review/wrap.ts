// Why: comments are typed in an editor box with long lines, but kernel lists read mail at 72-75
// columns. Only prose is wrapped: a line that is indented, quoted, holds a tab (code pasted into
// the comment) or cannot be broken stays exactly as written; the writer's own line breaks are kept.

const LIST = /^(\s*(?:[-*]|\d+[.)])\s+)/;

function isProse(line: string): boolean {
  return !/^[\s>]/.test(line) && !line.includes('\t') && line.includes(' ');
}

/** Wrap one line at `width` columns on spaces; list items get a hanging indent. */
export function wrapLine(line: string, width: number): string[] {
  if (line.length <= width || !isProse(line)) return [line];
  const indent = ' '.repeat((LIST.exec(line)?.[1] ?? '').length);
  const words = line.split(/ +/);
  const out: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width) { out.push(cur); cur = indent + w; }
    else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  return out;
}

/** Wrap every prose line of a text (\n or \r\n), trailing spaces removed. */
export function wrapProse(text: string, width = 72): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/[ ]+$/, '')).flatMap((l) => wrapLine(l, width));
}
