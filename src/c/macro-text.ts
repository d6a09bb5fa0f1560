// Textual expansion of a function-like macro, for the cases where expanding on the syntax tree
// would change the meaning: a parameter used without parentheses next to an operator when the
// argument is itself an operator expression (C pastes text, so precedence can regroup), `#x`
// stringification, `a ## b` token pasting, and bodies that are not a complete expression or
// statement on their own. The expanded text is parsed again and compiled at the use site.

import type { Node } from './parse';
import { parseMacroText } from './macro-body';
import type { MacroDef, Unit } from './unit';
import { dict } from './dict';

const COMPOUND = new Set(['binary_expression', 'conditional_expression', 'assignment_expression', 'comma_expression']);

function join(body: string): string {
  return body.replace(/\\\r?\n/g, ' ');
}

/** Does a use of `m` with these arguments need textual expansion? */
const TYPE_WORDS = /^(unsigned|signed|char|short|int|long|void|bool|_Bool|struct|union|enum|const|volatile)\b/;

export function needsTextual(m: MacroDef, args: Node[], argsNode?: Node, isType?: (name: string) => boolean): boolean {
  const body = join(m.body);
  if (m.bad || m.variadic || /(^|[^'"])#/.test(body)) return true;
  // A type as an argument (`NBITS(char)`, `ZERO_OF(pfn_t)`) is text, not an expression.
  if (args.some((a) => TYPE_WORDS.test(a.text.trim()) || (a.type === 'identifier' && isType?.(a.text)))) return true;
  // Arguments the grammar could not read as expressions (`ZERO_OF(unsigned long)`).
  if (argsNode && (argsNode.hasError || rawArgs(argsNode).length !== args.length)) return true;
  const params = m.params ?? [];
  return params.some((p, i) => {
    const a = args[i];
    if (!a || !COMPOUND.has(a.type)) return false;
    const re = new RegExp(`\\b${p}\\b`, 'g');
    let mm: RegExpExecArray | null;
    while ((mm = re.exec(body))) {
      const before = body.slice(0, mm.index).trimEnd().slice(-1);
      const after = body.slice(mm.index + p.length).trimStart()[0] ?? '';
      const guarded = (before === '(' || before === ',' || before === '') && (after === ')' || after === ',' || after === '');
      if (!guarded) return true;
    }
    return false;
  });
}

/** The raw text of each argument of a macro call, split at top-level commas. */
export function rawArgs(argumentList: Node): string[] {
  const text = argumentList.text.trim().replace(/^\(/, '').replace(/\)$/, '');
  if (!text.trim()) return [];
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      cur += c;
      if (c === '\\') cur += text[++i] ?? '';
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    if (c === '(' || c === '[' || c === '{') depth++;
    if (c === ')' || c === ']' || c === '}') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur.trim());
  return out;
}

const SIMPLE = /^[A-Za-z_]\w*$|^[0-9][\w.]*$|^"([^"\\]|\\.)*"$/;

/**
 * An argument's text as the preprocessor would substitute it: parameters of enclosing
 * expansions replaced, object-like macros expanded (the argument of a macro is expanded before
 * substitution unless it is an operand of # or ##).
 */
export function argText(u: Unit, text: string, depth = 0, seen: Set<string> = new Set()): string {
  const frame = u.expansions[depth];
  return text.replace(/\b[A-Za-z_]\w*\b/g, (id) => {
    const b = frame?.args[id];
    if (b) {
      const t = argText(u, b.node.text, depth + 1, seen);
      return SIMPLE.test(t.trim()) ? t : `(${t})`;
    }
    const m = u.macros[id];
    if (m && !m.params && !seen.has(id) && m.body.trim()) {
      const inner = new Set(seen).add(id);
      return argText(u, join(m.body).trim(), depth, inner);
    }
    return id;
  });
}

function substituteEnclosing(u: Unit, text: string): string {
  const frame = u.expansions[0];
  if (!frame) return text;
  return text.replace(/\b[A-Za-z_]\w*\b/g, (id) => {
    const b = frame.args[id];
    return b ? argText(u, b.node.text, 1).trim() : id;
  });
}

/** Expand `m` on text and parse the result; undefined if it does not parse. */
export function expandText(u: Unit, m: MacroDef, argsNode: Node): Node | undefined {
  const params = m.params ?? [];
  const raw = rawArgs(argsNode);
  const plain: Record<string, string> = dict();
  const expanded: Record<string, string> = dict();
  params.forEach((p, i) => {
    const r = p === '__VA_ARGS__' ? raw.slice(i).join(', ') : (raw[i] ?? '');
    // Inside another macro's body, that macro's parameters were already replaced by their
    // (expanded) arguments before this call is looked at: XSTR(LEVEL) → STR(3) → "3".
    plain[p] = substituteEnclosing(u, r);
    expanded[p] = argText(u, r);
  });
  let body = join(m.body);
  // GNU `, ## __VA_ARGS__`: the comma disappears when there are no variable arguments.
  body = body.replace(/,\s*##\s*__VA_ARGS__/g, () => (plain.__VA_ARGS__ ? ', __VA_ARGS__' : ''));
  // Token pasting first (operands unexpanded), then stringification, then substitution.
  body = body.replace(/([A-Za-z_]\w*)\s*##\s*([A-Za-z_]\w*)/g, (_all, a: string, b: string) => `${plain[a] ?? a}${plain[b] ?? b}`);
  body = body.replace(/(^|[^#])#\s*([A-Za-z_]\w*)/g, (all, pre: string, p: string) => (p in plain ? `${pre}${JSON.stringify(plain[p])}` : all));
  body = body.replace(/"([^"\\]|\\.)*"|\b([A-Za-z_]\w*)\b/g, (tok, _s, id?: string) => (id && id in expanded ? expanded[id] : tok));
  return parseMacroText(body);
}
