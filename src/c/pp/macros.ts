// The macro table: #define parsed into a MacroDef (C11 §6.10.3: object-like or function-like,
// parameters, `...` and GNU named variadic `args...`, `##` marked as the paste operator, `#`
// checked to name a parameter), redefinition checks, #undef, and -D style predefines.

import { lexText } from './lexer';
import { fileName, report, type MacroDef, type PPState } from './state';
import { Kind, mk, type Token } from './tokens';

function sameBody(a: MacroDef, b: MacroDef): boolean {
  if (a.fn !== b.fn || a.variadic !== b.variadic || a.params.join(',') !== b.params.join(',')) return false;
  if (a.body.length !== b.body.length) return false;
  for (let i = 0; i < a.body.length; i++) {
    if (a.body[i].text !== b.body[i].text) return false;
    if (i > 0 && a.body[i].space !== b.body[i].space) return false;
  }
  return true;
}

export function defineMacro(st: PPState, m: MacroDef, at: Token | null): void {
  const old = st.macros.get(m.name);
  if (old && at && !old.builtin && !sameBody(old, m)) {
    const rel = old.file >= 0 ? [{ message: 'this is the location of the previous definition', file: fileName(st, old.file), line: old.line, col: old.col }] : [];
    report(st, 'warning', `'${m.name}' redefined`, at, rel);
  } else if (old?.builtin && at) {
    report(st, 'warning', `redefining builtin macro '${m.name}'`, at);
  }
  st.macros.set(m.name, m);
}

/** Parse `#define` after the directive name: `line[0]` is the macro name. Returns null (with a
 *  diagnostic) when the definition is malformed. */
export function parseDefine(st: PPState, line: Token[], directive: Token): MacroDef | null {
  const name = line[0];
  if (!name) {
    report(st, 'error', 'macro names must be identifiers', directive);
    return null;
  }
  if (name.kind !== Kind.Ident) {
    report(st, 'error', 'macro names must be identifiers', name);
    return null;
  }
  if (name.text === 'defined') {
    report(st, 'error', '"defined" cannot be used as a macro name', name);
    return null;
  }
  const params: string[] = [];
  let variadic = false;
  let fn = false;
  let i = 1;
  if (line[1] && line[1].text === '(' && line[1].kind === Kind.Punct && !line[1].space) {
    fn = true;
    i = 2;
    let expectName = true;
    for (;;) {
      const t = line[i];
      if (!t) {
        report(st, 'error', "missing ')' in macro parameter list", line[i - 1]);
        return null;
      }
      i++;
      if (t.text === ')' && (!expectName || params.length === 0)) break;
      if (expectName) {
        if (t.text === '...') {
          variadic = true;
          params.push('__VA_ARGS__');
          if (line[i]?.text !== ')') {
            report(st, 'error', "missing ')' after \"...\" in macro parameter list", line[i] ?? t);
            return null;
          }
          i++;
          break;
        }
        if (t.kind !== Kind.Ident) {
          report(st, 'error', `expected parameter name, found "${t.text}"`, t);
          return null;
        }
        if (t.text === '__VA_ARGS__') {
          report(st, 'error', '__VA_ARGS__ can not be used as a parameter name', t);
          return null;
        }
        if (params.includes(t.text)) {
          report(st, 'error', `duplicate macro parameter "${t.text}"`, t);
          return null;
        }
        params.push(t.text);
        if (line[i]?.text === '...') {
          variadic = true;
          i++;
          if (line[i]?.text !== ')') {
            report(st, 'error', "missing ')' after \"...\" in macro parameter list", line[i] ?? line[i - 1]);
            return null;
          }
          i++;
          break;
        }
        expectName = false;
      } else if (t.text === ',') {
        expectName = true;
      } else {
        report(st, 'error', `expected ',' or ')', found "${t.text}"`, t);
        return null;
      }
    }
  } else if (line[1] && !line[1].space) {
    report(st, 'warning', `missing whitespace after the macro name`, line[1]);
  }
  const body: Token[] = [];
  const param: number[] = [];
  for (let j = i; j < line.length; j++) {
    const t = line[j];
    const kind = t.kind === Kind.Punct && t.text === '##' ? Kind.Paste : t.kind;
    body.push(mk(kind, t.text, t.file, t.line, t.col, j === i ? false : t.space, false, 0, -1, t.bad));
    param.push(fn && t.kind === Kind.Ident ? params.indexOf(t.text) : -1);
  }
  const m: MacroDef = { name: name.text, fn, params, variadic, body, param, file: name.file, line: name.line, col: name.col };
  if (!checkBody(st, m)) return null;
  return m;
}

function checkBody(st: PPState, m: MacroDef): boolean {
  const b = m.body;
  if (b.length > 0 && (b[0].kind === Kind.Paste || b[b.length - 1].kind === Kind.Paste)) {
    report(st, 'error', "'##' cannot appear at either end of a macro expansion", b[0].kind === Kind.Paste ? b[0] : b[b.length - 1]);
    return false;
  }
  for (let j = 0; j < b.length; j++) {
    const t = b[j];
    if (m.fn && t.kind === Kind.Punct && t.text === '#') {
      const n = b[j + 1];
      if (!n || (m.param[j + 1] < 0 && !(m.variadic && n.text === '__VA_OPT__'))) {
        report(st, 'error', "'#' is not followed by a macro parameter", t);
        return false;
      }
    }
    if (t.kind === Kind.Ident && t.text === '__VA_ARGS__' && !(m.variadic && m.params[m.params.length - 1] === '__VA_ARGS__')) {
      report(st, 'warning', '__VA_ARGS__ can only appear in the expansion of a C99 variadic macro', t);
    }
    if (t.kind === Kind.Ident && t.text === '__VA_OPT__' && m.variadic) {
      if (b[j + 1]?.text !== '(') {
        report(st, 'error', '__VA_OPT__ must be followed by an open parenthesis', t);
        return false;
      }
      let depth = 0, k = j + 1;
      for (; k < b.length; k++) {
        if (b[k].text === '(') depth++;
        else if (b[k].text === ')' && --depth === 0) break;
        else if (b[k].text === '__VA_OPT__' && k > j + 1) {
          report(st, 'error', '__VA_OPT__ may not appear in a __VA_OPT__', b[k]);
          return false;
        }
      }
      if (k >= b.length) {
        report(st, 'error', 'unterminated __VA_OPT__', t);
        return false;
      }
    }
  }
  return true;
}

/** A predefine or -D: `name` may carry a parameter list (`'MAX(a,b)'`). */
export function predefine(st: PPState, name: string, value: string | number): void {
  const toks = lexText(name + ' ' + String(value));
  // `FOO(x) body`: the lexer sets `space` on the '(' only if the key had one
  const m = parseDefine(st, toks, toks[0] ?? mk(Kind.Other, '', -1, 0, 0, false, false, 0, -1, false));
  if (m) {
    m.file = -1;
    defineMacro(st, m, null);
  }
}

export function undefMacro(st: PPState, name: Token): void {
  const m = st.macros.get(name.text);
  if (m?.builtin) report(st, 'warning', `undefining "${name.text}"`, name);
  if (name.text === 'defined') {
    report(st, 'error', '"defined" cannot be used as a macro name', name);
    return;
  }
  st.macros.delete(name.text);
}
