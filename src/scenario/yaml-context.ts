// Where the cursor is in a scenario being typed, as a path of keys from the root — for
// completion, which has to work on text that is not valid YAML yet (`  pf` on its own line,
// `- { addr: 0x1000, pf`). Read from the indentation of the lines above and the flow brackets
// of the cursor's line, not from a parser. Array indices are unknown here and written as 0:
// the schema is the same for every item.

import type { JsonPath } from './yaml-doc';

export interface CursorContext {
  /** Path of the mapping (kind 'key') or of the value (kind 'value') at the cursor. */
  path: JsonPath;
  kind: 'key' | 'value';
  /** What is typed so far of the key or value, and the column (0-based) where it starts. */
  prefix: string;
  start: number;
  /** Keys already present in that mapping (not offered again). */
  siblings: string[];
  /** The cursor is inside a flow mapping `{ … }`. */
  flow: boolean;
  /** The cursor's line starts a new list item (`- `) and nothing follows the dash yet but the prefix. */
  item: boolean;
}

interface LineShape {
  /** Columns of the `- ` markers. */
  dashes: number[];
  /** Column and name of the key, when the line has one (after its dashes). */
  key?: { col: number; name: string; hasValue: boolean };
  /** Column where content starts (first non-blank), -1 for a blank or comment line. */
  indent: number;
}

const KEY = /^([A-Za-z_$][\w$-]*|"[^"]*"|'[^']*')\s*:(?:\s|$)/;

function unquote(k: string): string {
  return /^["']/.test(k) ? k.slice(1, -1) : k;
}

function shape(line: string): LineShape {
  const out: LineShape = { dashes: [], indent: -1 };
  let i = 0;
  while (i < line.length && line[i] === ' ') i++;
  if (i >= line.length || line[i] === '#') return out;
  out.indent = i;
  while (line[i] === '-' && (line[i + 1] === ' ' || i + 1 === line.length)) {
    out.dashes.push(i);
    i += 1;
    while (line[i] === ' ') i++;
  }
  const m = KEY.exec(line.slice(i));
  if (m) {
    const rest = line.slice(i + m[0].length).replace(/\s+#.*$/, '').trim();
    out.key = { col: i, name: unquote(m[1]), hasValue: rest !== '' };
  }
  return out;
}

/**
 * The block context of a node starting at column `col` on line `lineNo`: the keys and list
 * items of the lines above with less indentation, outermost first, and the keys beside it.
 */
function blockPath(lines: string[], lineNo: number, col: number): { path: JsonPath; siblings: string[] } {
  const path: JsonPath = [];
  const siblings: string[] = [];
  let c = col;
  let sameLevel = true;
  for (let n = lineNo - 1; n >= 0 && c > 0; n--) {
    const s = shape(lines[n]);
    if (s.indent < 0) continue;
    if (s.key && s.key.col === c && sameLevel) siblings.push(s.key.name);
    if (s.indent >= c && !(s.key && s.key.col < c)) continue;
    // This line holds the parent: its key (when left of c), then its dashes, right to left.
    const parts: { col: number; seg: string | number }[] = [];
    for (const d of s.dashes) parts.push({ col: d, seg: 0 });
    if (s.key) parts.push({ col: s.key.col, seg: s.key.name });
    for (let k = parts.length - 1; k >= 0; k--) {
      if (parts[k].col < c) {
        path.unshift(parts[k].seg);
        c = parts[k].col;
        sameLevel = false;
      }
    }
    // The item `- key: v` whose later keys are the cursor's siblings.
    if (s.key && s.key.col === col && sameLevel === false && path.length && typeof path[path.length - 1] === 'number') siblings.push(s.key.name);
  }
  return { path, siblings: [...new Set(siblings)] };
}

/** Splits the flow text after an opening `{`: the stack of open mappings' keys and the last entry. */
function flowTail(text: string): { keys: (string | number)[]; entry: string; entryStart: number; siblings: string[] } | undefined {
  const stack: { keys: (string | number)[]; entryStart: number; siblings: string[]; pendingKey?: string }[] = [];
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{' || ch === '[') {
      const top = stack[stack.length - 1];
      const entry = top ? text.slice(top.entryStart, i) : '';
      const k = /^\s*([\w$-]+)\s*:\s*$/.exec(entry)?.[1];
      const keys = top ? [...top.keys, ...(k !== undefined ? [k] : top.pendingKey === '[' ? [0] : [])] : [];
      stack.push({ keys, entryStart: i + 1, siblings: [], pendingKey: ch });
    } else if (ch === '}' || ch === ']') stack.pop();
    else if (ch === ',' && stack.length) {
      const top = stack[stack.length - 1];
      const k = /^\s*([\w$-]+)\s*:/.exec(text.slice(top.entryStart, i))?.[1];
      if (k) top.siblings.push(k);
      top.entryStart = i + 1;
    }
  }
  const top = stack[stack.length - 1];
  if (!top || top.pendingKey !== '{') return undefined;
  return { keys: top.keys, entry: text.slice(top.entryStart), entryStart: top.entryStart, siblings: top.siblings };
}

/** The context at 0-based (line, character) of `text`. */
export function cursorContext(text: string, line: number, character: number): CursorContext {
  const lines = text.split(/\r?\n/);
  const cur = lines[line] ?? '';
  const before = cur.slice(0, character);
  // Inside a flow mapping on this line: `- { addr: 0x1000, pf`.
  const brace = before.indexOf('{');
  if (brace >= 0) {
    const flow = flowTail(before.slice(brace));
    if (flow) {
      const head = before.slice(0, brace);
      const s = shape(head + 'x');
      // The mapping is the value of the line's key, or a list item.
      const base = blockPath(lines, line, s.dashes.length ? s.dashes[0] : s.key ? s.key.col : brace);
      const path: JsonPath = [...base.path];
      if (s.key) {
        for (const _d of s.dashes) path.push(0);
        path.push(s.key.name);
      } else for (const _d of s.dashes) path.push(0);
      path.push(...flow.keys);
      const kv = /^(\s*)([\w$-]+)\s*:\s*(\S*)$/.exec(flow.entry);
      const startCol = brace + flow.entryStart;
      if (kv) return { path: [...path, kv[2]], kind: 'value', prefix: kv[3], start: startCol + flow.entry.length - kv[3].length, siblings: [], flow: true, item: false };
      const k = /^(\s*)([\w$-]*)$/.exec(flow.entry);
      return { path, kind: 'key', prefix: k?.[2] ?? '', start: startCol + (k?.[1].length ?? 0), siblings: flow.siblings, flow: true, item: false };
    }
  }
  const s = shape(before.length ? before : ' ');
  // `key: val|`: the value of that key.
  const kv = /^((?:\s*-\s+)*\s*)([A-Za-z_$][\w$-]*|"[^"]*")\s*:\s*(\S*)$/.exec(before);
  if (kv) {
    const base = blockPath(lines, line, s.dashes.length ? s.dashes[0] : kv[1].length);
    const path = [...base.path, ...new Array<number>(s.dashes.length).fill(0), unquote(kv[2])];
    return { path, kind: 'value', prefix: kv[3], start: character - kv[3].length, siblings: [], flow: false, item: false };
  }
  // `  pre|` or `  - pre|`: a key of the mapping at this column (or a list item's value).
  const m = /^((?:\s*-(?=\s))*)(\s*)([\w$-]*)$/.exec(before);
  if (m) {
    const col = m[1].length + m[2].length;
    const dashes = s.dashes.length;
    if (dashes > 0) {
      const firstDash = s.dashes[0];
      const base = blockPath(lines, line, firstDash);
      const path = [...base.path, ...new Array<number>(dashes).fill(0)];
      return { path, kind: 'key', prefix: m[3], start: col, siblings: [], flow: false, item: true };
    }
    const base = blockPath(lines, line, col);
    // Later lines at the same column are siblings too (at the top level, every top key is).
    if (col === 0) for (let n = 0; n < line; n++) {
      const t = shape(lines[n]);
      if (t.indent === 0 && t.key && t.dashes.length === 0) base.siblings.push(t.key.name);
    }
    for (let n = line + 1; n < lines.length; n++) {
      const t = shape(lines[n]);
      if (t.indent < 0) continue;
      if (t.indent < col) break;
      if (t.key && t.key.col === col && t.dashes.length === 0) base.siblings.push(t.key.name);
    }
    return { path: base.path, kind: 'key', prefix: m[3], start: col, siblings: base.siblings, flow: false, item: false };
  }
  return { path: [], kind: 'value', prefix: '', start: character, siblings: [], flow: false, item: false };
}
