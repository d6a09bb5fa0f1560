// Argument substitution (C11 §6.10.3.1–3.3, C23 __VA_OPT__, GNU comma swallowing): builds a
// macro's replacement for one invocation. Parameters are replaced by their fully expanded
// argument, except next to `#` (stringified raw) or `##` (raw, an empty one as a placemarker);
// then `##` pastes left to right and placemarkers vanish. Every produced token gets the
// invocation's hide set and expansion record; body tokens keep their spelling in the #define.

import { expandAll, type Mode } from './expand';
import { hsUnion } from './hideset';
import { lexText } from './lexer';
import { charge, definedAt, report, type MacroDef, type PPState } from './state';
import { Kind, mk, withSpace, type Token } from './tokens';

interface Ctx {
  st: PPState;
  m: MacroDef;
  name: Token;
  args: Token[][] | null;
  expanded: (Token[] | undefined)[];
  omitted: boolean;
  exp: number;
  hs: number;
  mode: Mode;
}

function copy(c: Ctx, t: Token, space: boolean, fromArg: boolean): Token {
  let exp = c.exp;
  if (fromArg && t.exp >= 0 && t.exp !== c.st.expansions[c.exp].parent) exp = t.exp;
  return mk(t.kind, t.text, t.file, t.line, t.col, space, false, hsUnion(c.st.hs, t.hs, c.hs), exp, t.bad);
}

function placemarker(c: Ctx, at: Token): Token {
  return mk(Kind.Placemarker, '', at.file, at.line, at.col, at.space, false, 0, c.exp, false);
}

function expandedArg(c: Ctx, k: number): Token[] {
  let e = c.expanded[k];
  if (e === undefined) {
    e = expandAll(c.st, c.args![k], { inIf: c.mode.inIf, parent: c.exp }, c.name);
    c.expanded[k] = e;
  }
  return e;
}

function vaEmpty(c: Ctx): boolean {
  return expandedArg(c, c.m.params.length - 1).length === 0;
}

export function stringify(ts: readonly Token[]): string {
  const parts: string[] = ['"'];
  let first = true;
  for (const t of ts) {
    if (t.kind === Kind.Placemarker) continue;
    if (!first && t.space) parts.push(' ');
    first = false;
    parts.push(t.kind === Kind.String || t.kind === Kind.Char ? t.text.replace(/[\\"]/g, '\\$&') : t.text);
  }
  parts.push('"');
  return parts.join('');
}

/** Index of the `)` closing the `(` at body[open]. */
function closing(body: readonly Token[], open: number): number {
  let depth = 0;
  for (let k = open; k < body.length; k++) {
    if (body[k].text === '(' && body[k].kind === Kind.Punct) depth++;
    else if (body[k].text === ')' && body[k].kind === Kind.Punct && --depth === 0) return k;
  }
  return body.length - 1;
}

/** Substitute body[from, to) into `out` (before pasting). */
function subst(c: Ctx, from: number, to: number, out: Token[]): void {
  const { m } = c;
  const body = m.body;
  for (let j = from; j < to; j++) {
    const t = body[j];
    const k = m.param[j];
    if (c.args !== null && t.kind === Kind.Punct && t.text === '#' && j + 1 < to) {
      let text: string;
      if (m.param[j + 1] >= 0) {
        text = stringify(c.args[m.param[j + 1]]);
        j++;
      } else {
        const close = closing(body, j + 2);
        const inner: Token[] = [];
        if (!vaEmpty(c)) subst(c, j + 3, close, inner);
        text = stringify(paste(c, inner));
        j = close;
      }
      out.push(mk(Kind.String, text, t.file, t.line, t.col, t.space, false, c.hs, c.exp, false));
      continue;
    }
    if (k >= 0 && c.args !== null) {
      const prevPaste = j > from && body[j - 1].kind === Kind.Paste;
      const nextPaste = j + 1 < to && body[j + 1].kind === Kind.Paste;
      if (prevPaste && m.variadic && k === m.params.length - 1 && j >= 2 && body[j - 2].text === ',' && out.length > 0 && out[out.length - 1].kind === Kind.Paste) {
        // GNU `, ## __VA_ARGS__`: without variadic arguments the comma goes; otherwise `##` does nothing
        out.pop();
        if (c.omitted) {
          out.pop();
          if (nextPaste) out.push(placemarker(c, t));
          continue;
        }
        const raw = c.args[k];
        for (let a = 0; a < raw.length; a++) out.push(copy(c, raw[a], a === 0 ? t.space : raw[a].space, true));
        if (raw.length === 0 && nextPaste) out.push(placemarker(c, t));
        continue;
      }
      const src = prevPaste || nextPaste ? c.args[k] : expandedArg(c, k);
      if (src.length === 0) {
        if (prevPaste || nextPaste) out.push(placemarker(c, t));
        continue;
      }
      for (let a = 0; a < src.length; a++) out.push(copy(c, src[a], a === 0 ? t.space : src[a].space, true));
      continue;
    }
    if (c.args !== null && m.variadic && t.kind === Kind.Ident && t.text === '__VA_OPT__') {
      const close = closing(body, j + 1);
      const inner: Token[] = [];
      if (!vaEmpty(c)) subst(c, j + 2, close, inner);
      const pasted = paste(c, inner);
      if (pasted.length === 0) out.push(placemarker(c, t));
      else {
        pasted[0] = withSpace(pasted[0], t.space);
        for (const p of pasted) out.push(p);
      }
      j = close;
      continue;
    }
    out.push(copy(c, t, t.space, false));
  }
}

/** Paste `lhs ## rhs`; an invalid result is a diagnostic and leaves both tokens. */
function pasteTwo(c: Ctx, lhs: Token, rhs: Token, op: Token, res: Token[]): void {
  if (lhs.kind === Kind.Placemarker) { res.push(rhs.kind === Kind.Placemarker ? rhs : withSpace(rhs, lhs.space)); return; }
  if (rhs.kind === Kind.Placemarker) { res.push(lhs); return; }
  const text = lhs.text + rhs.text;
  let kind: Kind | null = null;
  if (/^[A-Za-z_$][\w$]*$/.test(text)) kind = Kind.Ident;
  else {
    const ts = lexText(text);
    if (ts.length === 1 && ts[0].text.length === text.length && !ts[0].bad) kind = ts[0].kind;
  }
  if (kind === null) {
    report(c.st, 'error', `pasting "${lhs.text}" and "${rhs.text}" does not give a valid preprocessing token`, c.name, [
      ...definedAt(c.st, c.m).map((r) => ({ ...r, line: op.line, col: op.col, message: `in definition of macro '${c.m.name}'` })),
    ]);
    res.push(lhs, withSpace(rhs, true));
    return;
  }
  res.push(mk(kind, text, lhs.file, lhs.line, lhs.col, lhs.space, false, hsUnion(c.st.hs, lhs.hs, rhs.hs), lhs.exp, false));
}

function paste(c: Ctx, out: Token[]): Token[] {
  let hasPaste = false;
  for (const t of out) if (t.kind === Kind.Paste || t.kind === Kind.Placemarker) { hasPaste = true; break; }
  if (!hasPaste) return out;
  const res: Token[] = [];
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    if (t.kind === Kind.Paste) {
      const lhs = res.pop();
      const rhs = out[i + 1];
      i++;
      if (lhs === undefined) { if (rhs) res.push(rhs); continue; }
      if (rhs === undefined) { res.push(lhs); continue; }
      pasteTwo(c, lhs, rhs, t, res);
      continue;
    }
    res.push(t);
  }
  return res.filter((t) => t.kind !== Kind.Placemarker);
}

/** The replacement of one invocation of `m` (args null for an object-like macro). */
export function substitute(st: PPState, m: MacroDef, name: Token, args: Token[][] | null, omitted: boolean, exp: number, hs: number, mode: Mode): Token[] {
  const c: Ctx = { st, m, name, args, expanded: [], omitted, exp, hs, mode };
  const out: Token[] = [];
  subst(c, 0, m.body.length, out);
  const res = paste(c, out);
  if (res.length > 0 && res[0].space !== name.space) res[0] = withSpace(res[0], name.space);
  charge(st, res.length, name);
  return res;
}
