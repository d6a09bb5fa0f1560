// GNU attributes that change layout (issue 8 item 4). The sanitizer blanks every
// `__attribute__((...))`, `__packed` and `__aligned(n)` before parsing (the grammar cannot place
// them everywhere gcc accepts them) and hands over where they were; here the struct and member
// declarations find theirs: `packed` and `aligned(n)` on a struct (between `struct` and `{`, or
// after the closing brace) and `aligned(n)` / `packed` on a member. Every other attribute
// (`unused`, `always_inline`, `noinline`, `section("...")`, `format(...)` ...) has no effect on
// what the program computes and is accepted as it is.

import type { Node, Tree } from './parse';
import type { BlankedAttr } from './sanitize';
import type { LayoutAttrs } from './layout';
import { constEval } from './const-eval';
import { parseMacroText } from './macro-body';
import { CompileError, type Unit } from './unit';

interface TreeAttrs {
  text: string;
  attrs: BlankedAttr[];
}

const byTree = new WeakMap<Tree, TreeAttrs>();

export function noteAttributes(tree: Tree, text: string, attrs: BlankedAttr[]): void {
  if (attrs.length) byTree.set(tree, { text, attrs });
}

/** The layout attributes in one attribute's text: `__attribute__((packed, aligned(8)))`. */
function parseAttr(u: Unit, node: Node, text: string, out: LayoutAttrs): void {
  if (text === '__packed') {
    out.packed = true;
    return;
  }
  const m = /^__aligned\s*\(([\s\S]*)\)$/.exec(text);
  if (m) {
    out.align = Math.max(out.align ?? 1, alignValue(u, node, m[1]));
    return;
  }
  const inner = /^__attribute__\s*\(\(([\s\S]*)\)\)$/.exec(text)?.[1] ?? '';
  // Split at top-level commas.
  const items: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of inner) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      items.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) items.push(cur.trim());
  for (const item of items) {
    const name = /^(\w+)/.exec(item)?.[1]?.replace(/^__(\w+)__$/, '$1');
    if (name === 'packed') out.packed = true;
    else if (name === 'aligned') {
      const arg = /^\w+\s*\(([\s\S]*)\)$/.exec(item)?.[1];
      // `aligned` alone: the largest alignment of the target (16 on x86-64).
      out.align = Math.max(out.align ?? 1, arg === undefined ? 16 : alignValue(u, node, arg));
    }
  }
}

function alignValue(u: Unit, node: Node, text: string): number {
  const expr = parseMacroText(text);
  if (!expr) throw new CompileError(node, `cannot read the alignment '${text}'`);
  const n = Number(constEval(u, expr));
  if (!(n > 0) || (n & (n - 1)) !== 0 || n > 1 << 20) throw new CompileError(node, `requested alignment ${n} is not a power of two`);
  return n;
}

/** The high bound's text of a GNU case range whose low bound is `value`: `case 1 ... 5:`. */
export function caseRangeHigh(value: Node): string | undefined {
  const t = byTree.get(value.tree);
  if (!t) return undefined;
  for (const a of t.attrs) {
    if (!a.text.startsWith('case-range:') || a.start < value.endIndex) continue;
    if (/^\s*$/.test(t.text.slice(value.endIndex, a.start))) return a.text.slice('case-range:'.length);
  }
  return undefined;
}

function collect(u: Unit, node: Node, pick: (a: BlankedAttr, t: TreeAttrs) => boolean): LayoutAttrs {
  const t = byTree.get(node.tree);
  const out: LayoutAttrs = {};
  if (!t) return out;
  for (const a of t.attrs) if (!a.text.startsWith('case-range:') && pick(a, t)) parseAttr(u, node, a.text, out);
  return out;
}

/** A struct or union specifier's own attributes. */
export function structAttrs(u: Unit, spec: Node): LayoutAttrs {
  const body = spec.childForFieldName('body');
  if (!body) return {};
  return collect(u, spec, (a, t) => {
    if (a.start >= spec.startIndex && a.end <= body.startIndex) return true;
    // After the closing brace, with nothing but blanks (other attributes) in between.
    return a.start >= body.endIndex && /^\s*$/.test(t.text.slice(body.endIndex, a.start));
  });
}

/** A member declaration's attributes: `int x __attribute__((aligned(8)));`. */
export function memberAttrs(u: Unit, fd: Node): { align?: number; packed?: boolean } {
  const r = collect(u, fd, (a) => a.start >= fd.startIndex && a.end <= fd.endIndex + 1);
  const out: { align?: number; packed?: boolean } = {};
  if (r.align) out.align = r.align;
  if (r.packed) out.packed = true;
  return out;
}
