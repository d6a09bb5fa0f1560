// Turns VNodes into real DOM nodes inside the webview. Text goes through text nodes and
// attributes through setAttribute, never innerHTML, so nothing in a StateView becomes markup.

import type { VNode } from './vnode';

export function createNode(doc: Document, n: VNode): Node {
  if (typeof n === 'string') return doc.createTextNode(n);
  const el = doc.createElement(n.tag);
  for (const [k, v] of Object.entries(n.attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of n.children) el.appendChild(createNode(doc, c));
  return el;
}

/** Replace the children of `root` with the rendering of `tree`. */
export function mount(root: HTMLElement, tree: VNode): void {
  const node = createNode(root.ownerDocument, tree);
  root.replaceChildren(node);
}
