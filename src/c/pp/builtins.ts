// The preprocessor's dynamic built-in macros: __LINE__ (line of the outermost invocation, as
// gcc counts it), __FILE__, __COUNTER__, __DATE__/__TIME__ (fixed for determinism),
// __INCLUDE_LEVEL__, __BASE_FILE__, and the feature tests __has_attribute, __has_builtin,
// __has_include. They live in the macro table, so `#ifdef __has_include` is true as in gcc.

import type { Mode, Source } from './expand';
import { findInclude } from './include';
import { report, userPos, type MacroDef, type PPState } from './state';
import { Kind, mk, type Token } from './tokens';

export const DEFAULT_ATTRIBUTES = [
  'access', 'alias', 'aligned', 'alloc_align', 'alloc_size', 'always_inline', 'artificial', 'assume_aligned',
  'cleanup', 'cold', 'const', 'constructor', 'copy', 'deprecated', 'designated_init', 'destructor', 'error',
  'externally_visible', 'fallthrough', 'flatten', 'format', 'format_arg', 'gnu_inline', 'hot', 'leaf', 'malloc',
  'may_alias', 'mode', 'no_instrument_function', 'no_profile_instrument_function', 'no_sanitize_address',
  'no_sanitize_undefined', 'no_stack_protector', 'noclone', 'noinline', 'noipa', 'nonnull', 'nonstring',
  'noreturn', 'nothrow', 'optimize', 'packed', 'pure', 'returns_nonnull', 'section', 'sentinel', 'target',
  'unused', 'used', 'visibility', 'warn_unused_result', 'warning', 'weak', 'zero_call_used_regs',
];

export const DEFAULT_BUILTINS = [
  '__builtin_add_overflow', '__builtin_alloca', '__builtin_bswap16', '__builtin_bswap32', '__builtin_bswap64',
  '__builtin_choose_expr', '__builtin_clz', '__builtin_clzl', '__builtin_clzll', '__builtin_constant_p',
  '__builtin_ctz', '__builtin_ctzl', '__builtin_ctzll', '__builtin_expect', '__builtin_ffs', '__builtin_memcmp',
  '__builtin_memcpy', '__builtin_memmove', '__builtin_memset', '__builtin_mul_overflow', '__builtin_object_size',
  '__builtin_offsetof', '__builtin_popcount', '__builtin_popcountl', '__builtin_popcountll', '__builtin_strlen',
  '__builtin_sub_overflow', '__builtin_trap', '__builtin_types_compatible_p', '__builtin_unreachable',
];

const NAMES = ['__LINE__', '__FILE__', '__COUNTER__', '__DATE__', '__TIME__', '__INCLUDE_LEVEL__', '__BASE_FILE__', '__FILE_NAME__',
  '__has_attribute', '__has_builtin', '__has_c_attribute', '__has_cpp_attribute', '__has_include', '__has_include_next'];

export function installBuiltins(st: PPState): void {
  for (const name of NAMES) st.macros.set(name, { name, fn: false, params: [], variadic: false, body: [], param: [], file: -1, line: 0, col: 0, builtin: name });
}

function quote(s: string): string {
  return '"' + s.replace(/[\\"]/g, '\\$&') + '"';
}

function result(t: Token, kind: Kind, text: string): Token[] {
  return [mk(kind, text, t.file, t.line, t.col, t.space, false, t.hs, t.exp, false)];
}

/** The file context a position lies in (for #line-adjusted numbers and names). */
function ctxOf(st: PPState, file: number) {
  for (let i = st.stack.length - 1; i >= 0; i--) if (st.stack[i].file === file) return st.stack[i];
  return undefined;
}

/** `( tokens )` after a feature-test name, raw; null (with a diagnostic) when malformed. */
function operand(st: PPState, src: Source, t: Token): Token[] | null {
  const p = src.peek();
  if (!p || p.text !== '(') {
    report(st, 'error', `missing '(' after "${t.text}"`, t);
    return null;
  }
  src.next();
  const out: Token[] = [];
  let depth = 0;
  for (;;) {
    const n = src.next();
    if (!n) {
      report(st, 'error', `missing ')' after "${t.text}" operand`, t);
      return null;
    }
    if (n.text === '(') depth++;
    else if (n.text === ')' && depth-- === 0) return out;
    out.push(n);
  }
}

function attrName(ts: Token[]): string {
  let name = ts.length > 0 ? ts[ts.length - 1].text : '';
  if (name.startsWith('__') && name.endsWith('__') && name.length > 4) name = name.slice(2, -2);
  return name;
}

/** The expansion of built-in `m` at `t`, or null to leave `t` as it is. */
export function builtinExpand(st: PPState, m: MacroDef, t: Token, src: Source, mode: Mode): Token[] | null {
  switch (m.builtin) {
    case '__LINE__': {
      const p = userPos(st, t);
      const ctx = ctxOf(st, p.file);
      return result(t, Kind.Number, String(p.line + (ctx?.lineDelta ?? 0)));
    }
    case '__FILE__': {
      const top = st.stack[st.stack.length - 1];
      return result(t, Kind.String, quote(top ? top.presumed : st.files[st.mainFile] ?? ''));
    }
    case '__FILE_NAME__': {
      const top = st.stack[st.stack.length - 1];
      const f = top ? top.presumed : '';
      return result(t, Kind.String, quote(f.slice(f.lastIndexOf('/') + 1)));
    }
    case '__BASE_FILE__':
      return result(t, Kind.String, quote(st.files[st.mainFile] ?? ''));
    case '__COUNTER__':
      return result(t, Kind.Number, String(st.counter++));
    case '__INCLUDE_LEVEL__':
      return result(t, Kind.Number, String(Math.max(0, st.stack.length - 1)));
    case '__DATE__':
      return result(t, Kind.String, quote(st.opts.date ?? 'Jan  1 2000'));
    case '__TIME__':
      return result(t, Kind.String, quote(st.opts.time ?? '00:00:00'));
    case '__has_attribute':
    case '__has_c_attribute':
    case '__has_cpp_attribute': {
      const ts = operand(st, src, t);
      if (ts === null) return result(t, Kind.Number, '0');
      const ok = m.builtin !== '__has_cpp_attribute' && st.attributes.has(attrName(ts));
      return result(t, Kind.Number, ok ? '1' : '0');
    }
    case '__has_builtin': {
      const ts = operand(st, src, t);
      if (ts === null) return result(t, Kind.Number, '0');
      const name = ts.length === 1 ? ts[0].text : '';
      return result(t, Kind.Number, st.builtins.has(name) ? '1' : '0');
    }
    case '__has_include':
    case '__has_include_next': {
      if (!mode.inIf) {
        report(st, 'error', `"${m.builtin}" used outside of preprocessing directive`, t);
        return null;
      }
      const ts = operand(st, src, t);
      if (ts === null) return result(t, Kind.Number, '0');
      const hn = headerName(ts);
      if (hn === null) {
        report(st, 'error', `operator "${m.builtin}" requires a header-name`, ts[0] ?? t);
        return result(t, Kind.Number, '0');
      }
      const top = st.stack[st.stack.length - 1];
      const found = findInclude(st, hn.name, hn.angle, top ? top.file : st.mainFile, m.builtin === '__has_include_next');
      return result(t, Kind.Number, found !== null ? '1' : '0');
    }
  }
  return null;
}

/** `"name"` or `< tokens >` as a header name; null if the tokens are neither. */
export function headerName(ts: readonly Token[]): { name: string; angle: boolean; end: number } | null {
  if (ts.length === 0) return null;
  if (ts[0].kind === Kind.String && ts[0].text.startsWith('"')) return { name: ts[0].text.slice(1, -1), angle: false, end: 1 };
  if (ts[0].text !== '<') return null;
  const parts: string[] = [];
  for (let i = 1; i < ts.length; i++) {
    if (ts[i].text === '>') return { name: parts.join(''), angle: true, end: i + 1 };
    if (i > 1 && ts[i].space) parts.push(' ');
    parts.push(ts[i].text);
  }
  return null;
}
