// Puts a rendering into the panel with virtual tables (virtual.ts): patches the view in place
// when a new stop has the same shape, builds it afresh (restoring the old DOM if that fails)
// otherwise, and keeps the tables' windows in step with scrolling, one refresh per frame.

import { createNode, patchNode, sameElement } from './dom';
import type { VNode } from './vnode';
import { resetRowErrors, VirtualRows } from './virtual';

/** The virtual tables of the current rendering, in document order. */
let current: VirtualRows[] = [];

export function virtualTables(): readonly VirtualRows[] {
  return current;
}

/** Recompute every table's window from the layout: all reads first, then all writes. */
function refresh(tables: readonly VirtualRows[]): void {
  const wanted = tables.map((t) => t.wanted());
  tables.forEach((t, k) => t.apply(wanted[k]));
}

let queued = false;

/** Refresh the windows (and measure freshly built rows) in the next animation frame. */
function schedule(win: Window): void {
  if (queued) return;
  queued = true;
  win.requestAnimationFrame(() => {
    queued = false;
    refresh(current);
    const remeasured = current.map((t) => t.measure());
    if (remeasured.some(Boolean)) refresh(current);
    try {
      performance.mark('mmstep:windows');
    } catch {
      // no performance timeline
    }
  });
}

/**
 * Show `tree` in `root` with virtual tables. When `root` shows a view of the same shape, it is
 * patched in place. Otherwise (or with `fresh`) the new DOM is built detached, and should anything
 * throw, `root` gets back exactly what it showed before (then the error propagates). New tables go
 * in empty (their spacers hold the height), so the layout that places them is cheap; then the
 * rows in view are built, and measured in the next frame.
 */
export function mountVirtual(root: HTMLElement, tree: VNode, fresh = false): VirtualRows[] {
  const doc = root.ownerDocument;
  const tables: VirtualRows[] = [];
  const win = doc.defaultView;
  resetRowErrors();
  const old = root.firstChild;
  if (!fresh && old && root.childNodes.length === 1 && typeof tree !== 'string' && sameElement(old, tree.tag)) {
    // A new stop over the same kind of view: patch in place (an exception here leaves a partly
    // patched view; the caller then builds a good state afresh).
    const previous = new Map(current.map((t) => [t.tbody, t]));
    const next = patchNode(doc, old, tree, (tbody, rows, reused) => tables.push(new VirtualRows(doc, tbody, rows, reused ? previous.get(tbody) : undefined)));
    if (next !== old) root.replaceChildren(next);
    current = tables;
    for (const t of tables) t.attached();
    refresh(tables);
    if (win && tables.length) schedule(win);
    return tables;
  }
  const node = createNode(doc, tree, (tbody, rows) => tables.push(new VirtualRows(doc, tbody, rows)));
  const before = Array.from(root.childNodes);
  const beforeTables = current;
  root.replaceChildren(node);
  current = tables;
  try {
    for (const t of tables) t.attached();
    refresh(tables);
  } catch (e) {
    root.replaceChildren(...before);
    current = beforeTables;
    throw e;
  }
  if (win && tables.length) schedule(win);
  return tables;
}

/** Rebuild the windows when the view scrolls or resizes (once per animation frame). */
export function installVirtualScrolling(win: Window): void {
  win.addEventListener('scroll', () => schedule(win), { passive: true, capture: true });
  win.addEventListener('resize', () => schedule(win), { passive: true });
}
