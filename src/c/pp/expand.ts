// Macro expansion (C11 §6.10.3): reads tokens from a source (a file with its directives, or a
// macro argument being pre-expanded) and returns the next token that is not a macro to expand.
// An expansion is pushed back onto the source and rescanned with the tokens that follow it;
// hide sets (Prosser's algorithm) stop a macro from expanding inside its own expansion. A
// function-like macro name not followed by `(` stays an identifier.

import { builtinExpand } from './builtins';
import { hsAdd, hsHas, hsIntersect } from './hideset';
import { charge, definedAt, PPAbort, report, type MacroDef, type PPState } from './state';
import { substitute } from './substitute';
import { Kind, mk, retok, type Token } from './tokens';

/** Where the expander reads from: `back` is a stack of tokens to read first (top = last). */
export interface Source {
  back: Token[];
  next(): Token | null;
  /** The next raw token without consuming it (null at the end of the source). */
  peek(): Token | null;
}

export interface Mode {
  /** Expanding a #if / #elif line: `defined` and `__has_include` are operators. */
  inIf: boolean;
  /** The expansion whose arguments are being pre-expanded (-1: none). */
  parent: number;
}

export function arraySource(tokens: readonly Token[]): Source {
  let pos = 0;
  const back: Token[] = [];
  return {
    back,
    next: () => (back.length > 0 ? back.pop()! : pos < tokens.length ? tokens[pos++] : null),
    peek: () => (back.length > 0 ? back[back.length - 1] : pos < tokens.length ? tokens[pos] : null),
  };
}

/** Push `ts` so that ts[0] is read next. */
export function pushBack(src: Source, ts: readonly Token[]): void {
  for (let i = ts.length - 1; i >= 0; i--) src.back.push(ts[i]);
}

/** The expansion record a macro invoked by token `t` belongs under. */
function parentFor(st: PPState, t: Token, mode: Mode): number {
  if (mode.parent >= 0 && (t.exp < 0 || t.exp === st.expansions[mode.parent].parent)) return mode.parent;
  return t.exp;
}

export function newExpansion(st: PPState, m: MacroDef, t: Token, mode: Mode): number {
  if (++st.expansionCount > st.limits.maxExpansions) {
    report(st, 'error', `too many macro expansions (more than ${st.limits.maxExpansions}); preprocessing stopped`, t, definedAt(st, m));
    throw new PPAbort();
  }
  const parent = parentFor(st, t, mode);
  const p = parent >= 0 ? st.expansions[parent] : null;
  st.expansions.push({
    macro: m.name, file: t.file, line: t.line, col: t.col, defFile: m.file, defLine: m.line, defCol: m.col, parent,
    rootFile: p ? p.rootFile : t.file, rootLine: p ? p.rootLine : t.line, rootCol: p ? p.rootCol : t.col,
  });
  return st.expansions.length - 1;
}

/** The next token of `src` after macro expansion, or null at its end. */
export function expandNext(st: PPState, src: Source, mode: Mode): Token | null {
  for (;;) {
    const t = src.next();
    if (t === null) return null;
    if (t.kind !== Kind.Ident || (t.hs !== 0 && hsHas(st.hs, t.hs, t.text))) return t;
    if (mode.inIf && t.text === 'defined') return definedOperator(st, src, t);
    const m = st.macros.get(t.text);
    if (m === undefined) {
      if (t.text === '_Pragma' && !mode.inIf && pragmaOperator(st, src, t, mode)) continue;
      return t;
    }
    if (m.builtin !== undefined) {
      const r = builtinExpand(st, m, t, src, mode);
      if (r === null) return t;
      pushBack(src, r);
      continue;
    }
    if (!m.fn) {
      const exp = newExpansion(st, m, t, mode);
      const out = substitute(st, m, t, null, false, exp, hsAdd(st.hs, t.hs, m.name), mode);
      pushBack(src, out);
      continue;
    }
    const p = src.peek();
    if (p === null || p.kind !== Kind.Punct || p.text !== '(') return t;
    src.next();
    const exp = newExpansion(st, m, t, mode);
    const call = collectArgs(st, src, m, t, p);
    if (call === null) {
      st.expansions.pop();
      st.expansionCount--;
      return t;
    }
    const hs = hsAdd(st.hs, hsIntersect(st.hs, t.hs, call.rparen.hs), m.name);
    const out = substitute(st, m, t, call.args, call.omitted, exp, hs, mode);
    pushBack(src, out);
  }
}

/** Every token of `tokens` macro-expanded in isolation (an argument before substitution). */
export function expandAll(st: PPState, tokens: readonly Token[], mode: Mode, at: Token): Token[] {
  if (++st.nesting > st.limits.maxNesting) {
    report(st, 'error', `macro arguments nested too deeply (more than ${st.limits.maxNesting} levels); preprocessing stopped`, at);
    throw new PPAbort();
  }
  const src = arraySource(tokens);
  const out: Token[] = [];
  for (let t = expandNext(st, src, mode); t !== null; t = expandNext(st, src, mode)) out.push(t);
  st.nesting--;
  charge(st, out.length, at);
  return out;
}

interface Call {
  args: Token[][];
  rparen: Token;
  /** The variadic argument was left out entirely (`f(a)` for `f(a, ...)`). */
  omitted: boolean;
}

/** The arguments after `(`; null after a diagnostic, with the consumed tokens pushed back. */
function collectArgs(st: PPState, src: Source, m: MacroDef, name: Token, lparen: Token): Call | null {
  const consumed: Token[] = [lparen];
  const args: Token[][] = [];
  let cur: Token[] = [];
  let depth = 0;
  const named = m.variadic ? m.params.length - 1 : m.params.length;
  for (;;) {
    let t = src.next();
    if (t === null) {
      report(st, 'error', `unterminated argument list invoking macro '${m.name}'`, name, definedAt(st, m));
      pushBack(src, consumed);
      return null;
    }
    consumed.push(t);
    if (t.bol && t.exp < 0) t = retok(t, t.hs, t.exp, true); // a newline inside the arguments is white space
    if (t.kind === Kind.Punct) {
      if (t.text === '(') depth++;
      else if (t.text === ')') {
        if (depth === 0) {
          args.push(cur);
          return checkCount(st, m, name, args, t, named, consumed, src);
        }
        depth--;
      } else if (t.text === ',' && depth === 0 && !(m.variadic && args.length >= named)) {
        args.push(cur);
        cur = [];
        continue;
      }
    }
    cur.push(t);
    if ((consumed.length & 0xfff) === 0) charge(st, 0x1000, name);
  }
}

function checkCount(st: PPState, m: MacroDef, name: Token, args: Token[][], rparen: Token, named: number, consumed: Token[], src: Source): Call | null {
  let omitted = false;
  const n = args.length;
  if (m.params.length === 0) {
    if (n === 1 && args[0].length === 0) return { args: [], rparen, omitted };
  } else if (!m.variadic) {
    if (n === m.params.length) return { args, rparen, omitted };
  } else if (n >= m.params.length) {
    // gnu: `f()` of a macro whose only parameter is `...` also counts as leaving it out
    omitted = n === 1 && args[0].length === 0;
    return { args, rparen, omitted };
  } else if (n === named) {
    omitted = true;
    args.push([]);
    return { args, rparen, omitted };
  }
  const given = m.params.length === 0 || !(n === 1 && args[0].length === 0) ? n : 0;
  const msg = m.variadic
    ? `macro '${m.name}' requires at least ${named} argument${named === 1 ? '' : 's'}, but only ${given} given`
    : `macro '${m.name}' expects ${m.params.length} argument${m.params.length === 1 ? '' : 's'}, got ${given}`;
  report(st, 'error', msg, name, definedAt(st, m));
  pushBack(src, consumed);
  return null;
}

function definedOperator(st: PPState, src: Source, t: Token): Token {
  let n = src.next();
  let paren = false;
  if (n && n.text === '(' && n.kind === Kind.Punct) {
    paren = true;
    n = src.next();
  }
  let value = '0';
  if (!n || n.kind !== Kind.Ident) {
    report(st, 'error', 'operator "defined" requires an identifier', n ?? t);
    if (n) src.back.push(n);
  } else {
    value = st.macros.has(n.text) ? '1' : '0';
    if (paren) {
      const c = src.next();
      if (!c || c.text !== ')') {
        report(st, 'error', "missing ')' after \"defined\"", c ?? n);
        if (c) src.back.push(c);
      }
    }
  }
  return mk(Kind.Number, value, t.file, t.line, t.col, t.space, false, 0, t.exp, false);
}

/** `_Pragma ( string-literal )` is removed (its pragma, like #pragma, has no effect). As in
 *  gcc, the operand may come from a macro (`_Pragma(__stringify(GCC diagnostic push))`). */
function pragmaOperator(st: PPState, src: Source, t: Token, mode: Mode): boolean {
  const p = src.peek();
  if (!p || p.text !== '(') {
    report(st, 'error', '_Pragma takes a parenthesized string literal', t);
    return false;
  }
  src.next();
  const s = expandNext(st, src, mode);
  const c = s ? expandNext(st, src, mode) : null;
  if (!s || s.kind !== Kind.String || !c || c.text !== ')') {
    report(st, 'error', '_Pragma takes a parenthesized string literal', s ?? t);
    if (c) src.back.push(c);
    if (s && s.kind !== Kind.String) src.back.push(s);
    return true;
  }
  return true;
}
