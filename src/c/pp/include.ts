// Include files: search order (`"…"`: the including file's directory, then the quote and
// include directories; `<…>`: the include directories; #include_next continues after the
// directory the current file was found in), reading through the caller's reader callback
// (texts, misses and lexed tokens cached per path), and include-guard detection so a guarded
// header whose guard macro is defined is not read again.

import { lex, type Lexed } from './lexer';
import type { PPState } from './state';
import { Kind, type Token } from './tokens';

export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '.' : i === 0 ? '/' : p.slice(0, i);
}

/** `dir/name` with `.` and `..` segments folded (POSIX paths; `..` above a relative root kept). */
export function joinPath(dir: string, name: string): string {
  const full = name.startsWith('/') ? name : dir === '' || dir === '.' ? name : dir + '/' + name;
  const abs = full.startsWith('/');
  const out: string[] = [];
  for (const seg of full.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (seg === '..' && abs) continue;
    else out.push(seg);
  }
  return (abs ? '/' : '') + out.join('/');
}

function readCached(st: PPState, path: string): string | null {
  const cache = st.texts;
  if (cache.has(path)) return cache.get(path)!;
  let text: string | null = null;
  try {
    const r = st.opts.readFile(path);
    text = typeof r === 'string' ? r : null;
  } catch {
    text = null;
  }
  cache.set(path, text);
  return text;
}

/** The file id of `path`, registering it (the text must have been read). */
export function fileId(st: PPState, path: string): number {
  let id = st.fileIds.get(path);
  if (id === undefined) {
    id = st.files.length;
    st.files.push(path);
    st.fileIds.set(path, id);
  }
  return id;
}

/** Tokens of a file (lexed once per preprocess run); null when it cannot be read. */
export function loadFile(st: PPState, path: string): { id: number; tokens: Token[] } | null {
  const id0 = st.fileIds.get(path);
  if (id0 !== undefined && st.lexed.has(id0)) return { id: id0, tokens: st.lexed.get(id0)!.tokens };
  const text = readCached(st, path);
  if (text === null) return null;
  return { id: fileId(st, path), tokens: lexInto(st, path, text) };
}

export function lexInto(st: PPState, path: string, text: string): Token[] {
  const id = fileId(st, path);
  const cache = st.opts.cache;
  const hit = cache?.lexed.get(id);
  let lexed: Lexed;
  if (hit !== undefined && hit.text === text) lexed = hit.lexed;
  else {
    lexed = lex(text, id);
    if (cache) {
      cache.lexed.set(id, { text, lexed });
      cache.guards.delete(id);
    }
  }
  st.lexed.set(id, lexed);
  for (const p of lexed.problems) st.diags.push({ severity: 'error', message: p.message, file: path, line: p.line, col: p.col });
  return lexed.tokens;
}

/** The path `name` resolves to from the file `from` (a file id), or null. */
export function findInclude(st: PPState, name: string, angle: boolean, from: number, next = false): string | null {
  const includer = from >= 0 ? st.files[from] : '';
  if (st.opts.resolve) {
    try {
      return st.opts.resolve(name, angle, includer);
    } catch {
      return null;
    }
  }
  if (name.startsWith('/')) return readCached(st, name) !== null ? joinPath('', name) : null;
  const dirs: string[] = [];
  if (!angle) dirs.push(dirname(includer), ...(st.opts.quoteDirs ?? []));
  dirs.push(...(st.opts.includeDirs ?? []));
  let start = 0;
  if (next) {
    for (let i = 0; i < dirs.length; i++) if (joinPath(dirs[i], name) === includer) { start = i + 1; break; }
  }
  for (let i = start; i < dirs.length; i++) {
    const p = joinPath(dirs[i], name);
    if (next && p === includer) continue;
    if (readCached(st, p) !== null) return p;
  }
  return null;
}

function isDirective(ts: Token[], i: number, name: string): boolean {
  const t = ts[i];
  return !!t && t.bol && t.text === '#' && t.kind === Kind.Punct && ts[i + 1]?.text === name && !ts[i + 1].bol;
}

/** The guard macro of a file shaped `#ifndef X … #endif` (or `#if !defined(X)`) with nothing
 *  outside the conditional; null otherwise. */
export function guardOf(ts: Token[]): string | null {
  let name: string | null = null;
  let i: number;
  if (isDirective(ts, 0, 'ifndef') && ts[2]?.kind === Kind.Ident && !ts[2].bol && (ts[3] === undefined || ts[3].bol)) {
    name = ts[2].text;
    i = 3;
  } else if (isDirective(ts, 0, 'if') && ts[2]?.text === '!' && ts[3]?.text === 'defined') {
    const paren = ts[4]?.text === '(';
    const n = ts[paren ? 5 : 4];
    const end = paren ? 7 : 5;
    if (!n || n.kind !== Kind.Ident || (paren && ts[6]?.text !== ')') || (ts[end] !== undefined && !ts[end].bol)) return null;
    name = n.text;
    i = end;
  } else return null;
  let depth = 1;
  for (; i < ts.length; i++) {
    const t = ts[i];
    if (!t.bol || t.text !== '#') continue;
    const d = ts[i + 1] && !ts[i + 1].bol ? ts[i + 1].text : '';
    if (d === 'if' || d === 'ifdef' || d === 'ifndef') depth++;
    else if (depth === 1 && (d === 'else' || d.startsWith('elif'))) return null;
    else if (d === 'endif' && --depth === 0) {
      let j = i + 2;
      while (j < ts.length && !ts[j].bol) j++;
      return j === ts.length ? name : null;
    }
  }
  return null;
}
