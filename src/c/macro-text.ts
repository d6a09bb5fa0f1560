// Textual expansion of a function-like macro, for the cases where expanding on the syntax tree
// would change the meaning: a parameter used without parentheses next to an operator when the
// argument is itself an operator expression (C pastes text, so precedence can regroup), `#x`
// stringification, `a ## b` token pasting, and bodies that are not a complete expression or
// statement on their own. The expanded text is parsed again and compiled at the use site.

import type { Node } from './parse';
import { parseMacroText } from './macro-body';
import type { MacroDef, Unit } from './unit';

const COMPOUND = new Set(['binary_expression', 'conditional_expression', 'assignment_expression', 'comma_expression']);

function join(body: string): string {
  return body.replace(/\\\r?\n/g, ' ');
}

/** Does a use of `m` with these arguments need textual expansion? */
export function needsTextual(m: MacroDef, args: Node[]): boolean {
  const body = join(m.body);
  if (m.bad || /(^|[^'"])#/.test(body)) return true;
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

/** The text of an argument, with the parameters of enclosing expansions substituted. */
export function argText(u: Unit, node: Node, depth = 0): string {
  const frame = u.expansions[depth];
  if (!frame) return node.text;
  return node.text.replace(/\b[A-Za-z_]\w*\b/g, (id) => {
    const b = frame.args[id];
    return b ? `(${argText(u, b.node, depth + 1)})` : id;
  });
}

/** Expand `m` on text and parse the result; undefined if it does not parse. */
export function expandText(u: Unit, m: MacroDef, args: Node[]): Node | undefined {
  const params = m.params ?? [];
  const values: Record<string, string> = {};
  params.forEach((p, i) => {
    if (p === '__VA_ARGS__') values[p] = args.slice(i).map((a) => argText(u, a)).join(', ');
    else values[p] = args[i] ? argText(u, args[i]) : '';
  });
  let body = join(m.body);
  // Stringification and pasting work on the unexpanded argument text.
  body = body.replace(/#\s*([A-Za-z_]\w*)/g, (all, p: string) => (p in values && !all.startsWith('##') ? JSON.stringify(values[p]) : all));
  body = body.replace(/\b([A-Za-z_]\w*)\b/g, (id) => (id in values ? values[id] : id));
  body = body.replace(/\s*##\s*/g, '');
  return parseMacroText(body);
}
