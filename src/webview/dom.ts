// Turns VNodes into real DOM nodes inside the webview. Text goes through text nodes and
// attributes through setAttribute, never innerHTML, so nothing in a StateView becomes markup.
// A tbody with lazy rows is handed to `onRows` (virtual.ts fills it with the rows in view).

import type { RowSource, VElement, VNode } from './vnode';

export type RowsHook = (tbody: HTMLTableSectionElement, rows: RowSource) => void;

/** The VNode each element was last built or patched from: a patch compares with it, not the DOM. */
const shownAs = new WeakMap<Node, VElement>();

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** The namespace a child of `parent` is created in: SVG inside an <svg>, HTML otherwise. */
function nsOf(parent: Node | null | undefined): string | undefined {
  return parent && (parent as Element).namespaceURI === SVG_NS ? SVG_NS : undefined;
}

export function createNode(doc: Document, n: VNode, onRows?: RowsHook, ns?: string): Node {
  if (typeof n === 'string') return doc.createTextNode(n);
  const inSvg = n.tag === 'svg' || ns === SVG_NS;
  const el = inSvg ? doc.createElementNS(SVG_NS, n.tag) : doc.createElement(n.tag);
  shownAs.set(el, n);
  for (const [k, v] of Object.entries(n.attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of n.children) el.appendChild(createNode(doc, c, onRows, inSvg ? SVG_NS : undefined));
  if (n.rows) {
    if (onRows) onRows(el as HTMLTableSectionElement, n.rows);
    else for (let i = 0; i < n.rows.count; i++) el.appendChild(createNode(doc, n.rows.row(i)));
  }
  return el;
}

/** Replace the children of `root` with the full rendering of `tree` (every lazy row built). */
export function mount(root: HTMLElement, tree: VNode): void {
  const node = createNode(root.ownerDocument, tree);
  root.replaceChildren(node);
}

/** Attributes the view manages at run time (virtual.ts, keyboard.ts): a patch leaves them alone. */
const RUNTIME_ATTRS = new Set(['tabindex', 'aria-rowcount', 'aria-rowindex', 'data-index']);

export type PatchRowsHook = (tbody: HTMLTableSectionElement, rows: RowSource, reused: boolean) => void;

export function sameElement(dom: Node, tag: string): dom is HTMLElement {
  return dom.nodeType === 1 && (dom as Element).localName === tag;
}

/**
 * Make `dom` show `n`, changing only what differs (attributes, text, children by position), and
 * return the node to use: `dom` itself, or a new node when the tag differs. A new stop changes a
 * few rows of a large view: patching keeps the browser from rebuilding the layout of the rest.
 * Attributes not in `n` are removed, except those the view manages at run time.
 */
export function patchNode(doc: Document, dom: Node, n: VNode, onRows: PatchRowsHook, was?: VNode): Node {
  if (typeof n === 'string') {
    if (dom.nodeType === 3) {
      if (was !== n && (dom as Text).data !== n) (dom as Text).data = n;
      return dom;
    }
    return doc.createTextNode(n);
  }
  if (!sameElement(dom, n.tag)) return createNode(doc, n, (tbody, rows) => onRows(tbody, rows, false), nsOf(dom.parentNode));
  const el = dom;
  const prev = shownAs.get(el);
  shownAs.set(el, n);
  if (prev) {
    // Compare with what the element was built from: only differences touch the DOM.
    for (const k in prev.attrs) {
      const v = n.attrs[k];
      if ((v === undefined || v === false) && prev.attrs[k] !== undefined && prev.attrs[k] !== false) el.removeAttribute(k);
    }
    for (const k in n.attrs) {
      const v = n.attrs[k];
      if (v === undefined || v === false || v === prev.attrs[k]) continue;
      el.setAttribute(k, v === true ? '' : String(v));
    }
  } else {
    for (const a of Array.from(el.attributes)) {
      const v = n.attrs[a.name];
      if ((v === undefined || v === false) && !RUNTIME_ATTRS.has(a.name)) el.removeAttribute(a.name);
    }
    for (const [k, v] of Object.entries(n.attrs)) {
      if (v === undefined || v === false) continue;
      const s = v === true ? '' : String(v);
      if (el.getAttribute(k) !== s) el.setAttribute(k, s);
    }
  }
  if (n.rows) {
    onRows(el as HTMLTableSectionElement, n.rows, true);
    return el;
  }
  const kids = el.childNodes;
  const before = prev && !prev.rows && prev.children.length === kids.length ? prev.children : undefined;
  for (let i = 0; i < n.children.length; i++) {
    const old = kids[i];
    if (!old) {
      el.appendChild(createNode(doc, n.children[i], (tbody, rows) => onRows(tbody, rows, false), nsOf(el)));
      continue;
    }
    const next = patchNode(doc, old, n.children[i], onRows, before?.[i]);
    if (next !== old) el.replaceChild(next, old);
  }
  while (kids.length > n.children.length) (el.lastChild as ChildNode).remove();
  return el;
}
