// Directives (C11 §6.10): the token source over the open files, which runs every directive it
// meets at the start of a line and skips the groups a conditional turns off; #define/#undef,
// #include (also computed and #include_next) with guards, #pragma once and a depth limit,
// the conditional family with their diagnostics, #line, #error, #warning and #pragma.

import { headerName } from './builtins';
import { arraySource, expandNext, type Source } from './expand';
import { evalIf } from './if-expr';
import { findInclude, guardOf, loadFile } from './include';
import { defineMacro, parseDefine, undefMacro } from './macros';
import { fileName, PPAbort, report, type Cond, type FileCtx, type PPState } from './state';
import { Kind, spell, type Token } from './tokens';

const CONDITIONAL = new Set(['if', 'ifdef', 'ifndef', 'elif', 'elifdef', 'elifndef', 'else', 'endif']);

export function openFile(st: PPState, id: number, tokens: Token[]): void {
  st.stack.push({ file: id, tokens, pos: 0, conds: [], lineDelta: 0, presumed: st.files[id] });
}

/** At the end of a file: every #if still open is a diagnostic. */
export function closeFile(st: PPState, ctx: FileCtx): void {
  for (const c of ctx.conds) {
    st.diags.length < st.limits.maxDiagnostics &&
      st.diags.push({ severity: 'error', message: `unterminated #${c.directive}`, file: fileName(st, ctx.file), line: c.line, col: c.col });
  }
}

/** The token source the top-level expansion reads: pushed-back tokens, then the current file. */
export function fileSource(st: PPState): Source {
  const back: Token[] = [];
  const src: Source = {
    back,
    next(): Token | null {
      for (;;) {
        if (back.length > 0) return back.pop()!;
        const ctx = st.stack[st.stack.length - 1];
        if (!ctx || ctx.pos >= ctx.tokens.length) return null;
        const t = ctx.tokens[ctx.pos];
        if (t.bol && t.kind === Kind.Punct && t.text === '#') {
          directive(st, ctx);
          continue;
        }
        ctx.pos++;
        if (t.bad) report(st, 'warning', `missing terminating ${t.kind === Kind.Char ? "'" : '"'} character`, t);
        return t;
      }
    },
    peek(): Token | null {
      if (back.length > 0) return back[back.length - 1];
      const ctx = st.stack[st.stack.length - 1];
      return ctx && ctx.pos < ctx.tokens.length ? ctx.tokens[ctx.pos] : null;
    },
  };
  return src;
}

function active(ctx: FileCtx): boolean {
  return ctx.conds.length === 0 || ctx.conds[ctx.conds.length - 1].active;
}

/** Run the directive at ctx.pos (a `#` at the start of a line), then skip an inactive group. */
function directive(st: PPState, ctx: FileCtx): void {
  const hash = ctx.tokens[ctx.pos];
  let end = ctx.pos + 1;
  while (end < ctx.tokens.length && !ctx.tokens[end].bol) end++;
  const line = ctx.tokens.slice(ctx.pos + 1, end);
  ctx.pos = end;
  run(st, ctx, hash, line);
  if (!active(ctx)) skipGroup(st, ctx);
}

function skipGroup(st: PPState, ctx: FileCtx): void {
  const ts = ctx.tokens;
  while (!active(ctx)) {
    let i = ctx.pos;
    while (i < ts.length && !(ts[i].bol && ts[i].text === '#' && ts[i].kind === Kind.Punct)) i++;
    ctx.pos = i;
    if (i >= ts.length) return;
    const hash = ts[i];
    let end = i + 1;
    while (end < ts.length && !ts[end].bol) end++;
    const line = ts.slice(i + 1, end);
    ctx.pos = end;
    if (line.length > 0 && CONDITIONAL.has(line[0].text)) run(st, ctx, hash, line);
  }
}

function extra(st: PPState, line: Token[], from: number, name: string): void {
  if (line.length > from) report(st, 'warning', `extra tokens at end of #${name} directive`, line[from]);
}

function ident(st: PPState, line: Token[], hash: Token, name: string): Token | null {
  const t = line[1];
  if (!t) {
    report(st, 'error', `no macro name given in #${name} directive`, line[0] ?? hash);
    return null;
  }
  if (t.kind !== Kind.Ident) {
    report(st, 'error', 'macro names must be identifiers', t);
    return null;
  }
  extra(st, line, 2, name);
  return t;
}

function expandLine(st: PPState, ts: Token[], inIf: boolean): Token[] {
  const src = arraySource(ts);
  const out: Token[] = [];
  for (let t = expandNext(st, src, { inIf, parent: -1 }); t !== null; t = expandNext(st, src, { inIf, parent: -1 })) out.push(t);
  return out;
}

function condition(st: PPState, line: Token[], hash: Token): boolean {
  const name = line[0].text;
  if (name === 'ifdef' || name === 'ifndef' || name === 'elifdef' || name === 'elifndef') {
    const t = ident(st, line, hash, name);
    if (!t) return false;
    return st.macros.has(t.text) === (name === 'ifdef' || name === 'elifdef');
  }
  const saved = st.expansions.length;
  const v = evalIf(st, expandLine(st, line.slice(1), true), line[0]);
  st.expansions.length = saved; // #if tokens never reach the output
  return v;
}

function run(st: PPState, ctx: FileCtx, hash: Token, line: Token[]): void {
  if (line.length === 0) return; // null directive
  const d = line[0];
  const name = d.kind === Kind.Ident ? d.text : '';
  const conds = ctx.conds;
  const top: Cond | undefined = conds[conds.length - 1];
  switch (name) {
    case 'if':
    case 'ifdef':
    case 'ifndef': {
      const live = active(ctx);
      const v = live ? condition(st, line, hash) : false;
      conds.push({ taken: v || !live, active: live && v, sawElse: false, line: hash.line, col: hash.col, directive: name });
      return;
    }
    case 'elif':
    case 'elifdef':
    case 'elifndef': {
      if (!top) return report(st, 'error', `#${name} without #if`, d);
      if (top.sawElse) return report(st, 'error', `#${name} after #else`, d, [{ message: 'the #else is here', file: fileName(st, ctx.file), line: top.line, col: top.col }]);
      if (top.taken) { top.active = false; return; }
      const v = condition(st, line, hash);
      top.active = v;
      top.taken = v;
      return;
    }
    case 'else':
      if (!top) return report(st, 'error', '#else without #if', d);
      if (top.sawElse) return report(st, 'error', '#else after #else', d, [{ message: 'the first #else is here', file: fileName(st, ctx.file), line: top.line, col: top.col }]);
      top.sawElse = true;
      top.line = hash.line;
      top.col = hash.col;
      top.active = !top.taken;
      top.taken = true;
      extra(st, line, 1, 'else');
      return;
    case 'endif':
      if (!top) return report(st, 'error', '#endif without #if', d);
      conds.pop();
      if (active(ctx)) extra(st, line, 1, 'endif');
      return;
    case 'define': {
      const m = parseDefine(st, line.slice(1), d);
      if (m) defineMacro(st, m, line[1]);
      return;
    }
    case 'undef': {
      const t = ident(st, line, hash, 'undef');
      if (t) undefMacro(st, t);
      return;
    }
    case 'include':
    case 'include_next':
    case 'import':
      return include(st, ctx, line, d, name === 'include_next');
    case 'line':
      return lineDirective(st, ctx, line.slice(1), d);
    case 'error':
    case 'warning':
      report(st, name === 'error' ? 'error' : 'warning', `#${name}${line.length > 1 ? ' ' + spell(line.slice(1)) : ''}`, d);
      return;
    case 'pragma':
      return pragma(st, ctx, line.slice(1));
    case 'ident':
    case 'sccs':
    case 'assert':
    case 'unassert':
      return;
  }
  if (d.kind === Kind.Number) return lineDirective(st, ctx, line, d); // gcc linemarker `# 12 "file"`
  report(st, 'error', `invalid preprocessing directive #${d.text}`, d);
}

function include(st: PPState, ctx: FileCtx, line: Token[], d: Token, next: boolean): void {
  let ts = line.slice(1);
  if (ts.length === 0) return report(st, 'error', `#${d.text} expects "FILENAME" or <FILENAME>`, d);
  let hn = headerName(ts);
  if (hn === null) {
    ts = expandLine(st, ts, false);
    hn = headerName(ts);
  }
  if (hn === null || hn.name === '') return report(st, 'error', `#${d.text} expects "FILENAME" or <FILENAME>`, ts[0] ?? d);
  extra(st, ts, hn.end, d.text);
  const at = line[1];
  if (st.stack.length >= st.limits.maxIncludeDepth) {
    report(st, 'error', `#include nested depth ${st.stack.length} exceeds maximum of ${st.limits.maxIncludeDepth}`, at);
    return;
  }
  const path = findInclude(st, hn.name, hn.angle, ctx.file, next);
  const f = path === null ? null : loadFile(st, path);
  if (f === null) {
    report(st, 'error', `${hn.angle ? '<' + hn.name + '>' : '"' + hn.name + '"'}: file not found`, at);
    return;
  }
  if (st.once.has(f.id)) return;
  let guard = st.guards.get(f.id);
  if (guard === undefined) {
    guard = guardOf(f.tokens);
    st.guards.set(f.id, guard);
  }
  if (guard !== null && st.macros.has(guard)) return;
  if (ctx.file === st.mainFile) st.includeLine = d.line;
  openFile(st, f.id, f.tokens);
}

function lineDirective(st: PPState, ctx: FileCtx, args: Token[], d: Token): void {
  const ts = args.length > 0 && args[0].kind === Kind.Number ? args : expandLine(st, args, false);
  const n = ts[0];
  if (!n || n.kind !== Kind.Number || !/^[0-9]+$/.test(n.text)) {
    report(st, 'error', `"${n ? n.text : ''}" after #line is not a positive integer`, n ?? d);
    return;
  }
  const last = args[args.length - 1] ?? d;
  ctx.lineDelta = Number(n.text) - (last.line + 1);
  if (ts[1]) {
    if (ts[1].kind !== Kind.String) report(st, 'error', `invalid filename "${ts[1].text}"`, ts[1]);
    else ctx.presumed = ts[1].text.slice(1, -1).replace(/\\(.)/g, '$1');
  }
}

function pragma(st: PPState, ctx: FileCtx, ts: Token[]): void {
  if (ts.length === 1 && ts[0].text === 'once') {
    st.once.add(ctx.file);
    return;
  }
  if ((ts[0]?.text === 'push_macro' || ts[0]?.text === 'pop_macro') && ts[1]?.text === '(' && ts[2]?.kind === Kind.String) {
    const name = ts[2].text.slice(1, -1);
    let saved = st.pushed.get(name);
    if (ts[0].text === 'push_macro') {
      if (!saved) st.pushed.set(name, (saved = []));
      saved.push(st.macros.get(name));
    } else if (saved && saved.length > 0) {
      const m = saved.pop();
      if (m) st.macros.set(name, m);
      else st.macros.delete(name);
    }
  }
}

export { PPAbort };
