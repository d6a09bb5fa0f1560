// The expanded text for the parser and its origin map. Tokens of the main file keep their line
// numbers, and their columns wherever no expansion came before them on the line; an
// expansion stays on the line of its invocation; included files' tokens go on the #include's
// line ('inline') or on lines of their own ('lines'). The origin map stores, per output token,
// its output position and where it was spelled plus its expansion record, in typed arrays,
// with the index of the first token of every output row for a quick (row, column) lookup.

import { PPAbort, report, type Expansion, type PPState } from './state';
import { needsSpace, type Token } from './tokens';

export interface OriginMap {
  files: string[];
  count: number;
  /** Output position: UTF-16 offset, 0-based row and column (as tree-sitter reports them). */
  outOffset: Int32Array;
  outRow: Int32Array;
  outCol: Int32Array;
  outLen: Int32Array;
  /** Spelling position: file id, 1-based line and column. */
  file: Int32Array;
  line: Int32Array;
  col: Int32Array;
  /** Expansion record id, -1 for a token taken straight from a file. */
  expansion: Int32Array;
  /** rowFirst[r] = index of the first token on output row r (length rows + 1). */
  rowFirst: Int32Array;
  expansions: Expansion[];
}

export interface Emitter {
  parts: string[];
  row: number;
  col: number;
  offset: number;
  prev: Token | null;
  readFile: number;
  readLine: number;
  layout: 'inline' | 'lines';
  n: number;
  /** Per token, 8 fields: offset, row, col, length, file, line, col, expansion. */
  data: Int32Array;
}

const FIELDS = 8;

export function newEmitter(layout: 'inline' | 'lines'): Emitter {
  return { parts: [], row: 0, col: 0, offset: 0, prev: null, readFile: -1, readLine: 0, layout, n: 0, data: new Int32Array(FIELDS * 1024) };
}

const SPACES: string[] = [];
for (let i = 0; i <= 160; i++) SPACES.push(' '.repeat(i));

function newlines(e: Emitter, n: number): void {
  e.parts.push('\n'.repeat(n));
  e.row += n;
  e.offset += n;
  e.col = 0;
}

function spaces(e: Emitter, n: number): void {
  e.parts.push(n < SPACES.length ? SPACES[n] : ' '.repeat(n));
  e.col += n;
  e.offset += n;
}

export function emit(st: PPState, e: Emitter, t: Token): void {
  let rf: number, rl: number, rc: number;
  if (t.exp >= 0) {
    const x = st.expansions[t.exp];
    rf = x.rootFile; rl = x.rootLine; rc = x.rootCol;
  } else {
    rf = t.file; rl = t.line; rc = t.col;
  }
  const sameLine = rf === e.readFile && rl === e.readLine;
  if (rf === st.mainFile) {
    if (rl - 1 > e.row) {
      newlines(e, rl - 1 - e.row);
      spaces(e, rc - 1);
    } else if (!sameLine && e.layout === 'lines' && e.readFile !== -1) {
      newlines(e, 1);
      spaces(e, rc - 1);
    } else if (t.exp < 0 && e.col < rc - 1 && (sameLine || e.readFile !== rf || e.prev === null)) {
      spaces(e, rc - 1 - e.col);
    } else if (e.prev !== null && (t.space || needsSpace(e.prev, t) || !sameLine)) {
      spaces(e, 1);
    }
  } else if (st.includeLine - 1 > e.row) {
    // the first token of a header included by the main file goes on the #include's line
    newlines(e, st.includeLine - 1 - e.row);
  } else if (e.layout === 'lines' && !sameLine && e.prev !== null) {
    newlines(e, 1);
    spaces(e, t.exp < 0 ? rc - 1 : 1);
  } else if (e.prev !== null && (t.space || needsSpace(e.prev, t) || !sameLine)) {
    spaces(e, 1);
  }
  e.readFile = rf;
  e.readLine = rl;
  if (e.n >= st.limits.maxOutputTokens) {
    report(st, 'error', `preprocessed output too large (more than ${st.limits.maxOutputTokens} tokens); preprocessing stopped`, t);
    throw new PPAbort();
  }
  if ((e.n + 1) * FIELDS > e.data.length) {
    const grown = new Int32Array(e.data.length * 2);
    grown.set(e.data);
    e.data = grown;
  }
  const d = e.data, k = e.n * FIELDS;
  d[k] = e.offset;
  d[k + 1] = e.row;
  d[k + 2] = e.col;
  d[k + 3] = t.text.length;
  d[k + 4] = t.file;
  d[k + 5] = t.line;
  d[k + 6] = t.col;
  d[k + 7] = t.exp;
  e.n++;
  e.parts.push(t.text);
  e.col += t.text.length;
  e.offset += t.text.length;
  e.prev = t;
}

export function finish(st: PPState, e: Emitter): { text: string; map: OriginMap } {
  if (e.n > 0 || e.row > 0) newlines(e, 1);
  const text = e.parts.join('');
  const rows = e.row + 1;
  const rowFirst = new Int32Array(rows + 1);
  const n = e.n, d = e.data;
  const field = (f: number): Int32Array => {
    const a = new Int32Array(n);
    for (let i = 0; i < n; i++) a[i] = d[i * FIELDS + f];
    return a;
  };
  const outRow = field(1);
  let k = 0;
  for (let r = 0; r <= rows; r++) {
    while (k < n && outRow[k] < r) k++;
    rowFirst[r] = k;
  }
  const map: OriginMap = {
    files: st.files.slice(),
    count: n,
    outOffset: field(0),
    outRow,
    outCol: field(2),
    outLen: field(3),
    file: field(4),
    line: field(5),
    col: field(6),
    expansion: field(7),
    rowFirst,
    expansions: st.expansions,
  };
  return { text, map };
}
