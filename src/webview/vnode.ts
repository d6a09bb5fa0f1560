// A tiny virtual-node model for the state view. The render-*.ts files build VNodes from a
// StateView as plain data, so they can be tested in Node; dom.ts turns them into real DOM in the
// webview. Text is always set as text (never parsed as HTML), so state strings cannot inject
// markup. A table body can hold its rows lazily (a RowSource): the webview creates only the rows
// in view (virtual.ts), while the helpers here (findAll, textOf, toHtml) expand every row.

export type Attrs = Record<string, string | number | boolean | undefined>;

export interface VElement {
  tag: string;
  attrs: Attrs;
  children: VNode[];
  /** Lazily built rows of a tbody (then `children` is empty). */
  rows?: RowSource;
}

/** The rows of one table, built on demand by index. */
export interface RowSource {
  /** Which rows these are: pte, page, slot, tlb-entry, lock-row (the rows' class). */
  kind: string;
  count: number;
  /** Columns of the table (for spacer rows). */
  columns: number;
  /** Rows marked as changed since the previous stop. */
  changedCount: number;
  /** data-key of row i. */
  key(i: number): string;
  /** DOM id of row i (what links point at), if it has one. */
  id(i: number): string | undefined;
  row(i: number): VElement;
}

/** A tbody whose rows come from `rows`. */
export function lazyBody(rows: RowSource): VElement {
  return { tag: 'tbody', attrs: {}, children: [], rows };
}

/** The children of an element, lazy rows built (tests and serialisation only: O(rows)). */
export function childrenOf(e: VElement): VNode[] {
  if (!e.rows) return e.children;
  const out: VNode[] = [];
  for (let i = 0; i < e.rows.count; i++) out.push(e.rows.row(i));
  return out;
}

/** Every RowSource in the tree, in document order, without building any row. */
export function rowSources(n: VNode): RowSource[] {
  const out: RowSource[] = [];
  const stack: VNode[] = [n];
  while (stack.length) {
    const x = stack.pop() as VNode;
    if (typeof x === 'string') continue;
    if (x.rows) out.push(x.rows);
    for (let i = x.children.length - 1; i >= 0; i--) stack.push(x.children[i]);
  }
  return out;
}

export type VNode = VElement | string;

export function h(tag: string, attrs: Attrs = {}, ...children: (VNode | VNode[] | undefined | null | false)[]): VElement {
  const flat: VNode[] = [];
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) flat.push(...c);
    else flat.push(c);
  }
  return { tag, attrs, children: flat };
}

export function isElement(n: VNode): n is VElement {
  return typeof n !== 'string';
}

/** The text content of a node, as the DOM's textContent would give it. */
export function textOf(n: VNode): string {
  if (typeof n === 'string') return n;
  return childrenOf(n).map(textOf).join('');
}

/** Depth-first search for every element matching `pred`. */
export function findAll(n: VNode, pred: (e: VElement) => boolean): VElement[] {
  const out: VElement[] = [];
  const walk = (x: VNode): void => {
    if (typeof x === 'string') return;
    if (pred(x)) out.push(x);
    childrenOf(x).forEach(walk);
  };
  walk(n);
  return out;
}

export function hasClass(e: VElement, cls: string): boolean {
  const c = e.attrs['class'];
  return typeof c === 'string' && c.split(/\s+/).includes(cls);
}

/** Join class names, dropping falsy ones. */
export function cx(...names: (string | false | undefined | null)[]): string {
  return names.filter(Boolean).join(' ');
}

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col']);

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) =>
    ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : '&#39;',
  );
}

/** Serialise to HTML (escaped); used by tests and for debugging, not by the webview itself. */
export function toHtml(n: VNode): string {
  if (typeof n === 'string') return escapeHtml(n);
  let attrs = '';
  for (const [k, v] of Object.entries(n.attrs)) {
    if (v === undefined || v === false) continue;
    attrs += v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`;
  }
  if (VOID.has(n.tag)) return `<${n.tag}${attrs}>`;
  return `<${n.tag}${attrs}>${childrenOf(n).map(toHtml).join('')}</${n.tag}>`;
}
