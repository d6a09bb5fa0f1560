// Turns VNodes into real DOM nodes inside the webview. Text goes through text nodes and
// attributes through setAttribute, never innerHTML, so nothing in a StateView becomes markup.
// A tbody with lazy rows is handed to `onRows` (virtual.ts fills it with the rows in view).

import type { RowSource, VNode } from './vnode';

export type RowsHook = (tbody: HTMLTableSectionElement, rows: RowSource) => void;

export function createNode(doc: Document, n: VNode, onRows?: RowsHook): Node {
  if (typeof n === 'string') return doc.createTextNode(n);
  const el = doc.createElement(n.tag);
  for (const [k, v] of Object.entries(n.attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of n.children) el.appendChild(createNode(doc, c, onRows));
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
