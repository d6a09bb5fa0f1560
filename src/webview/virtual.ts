// Row virtualisation for the state view's tables: a table body holds only the rows in view plus
// a margin, between two spacer rows whose heights stand for the rows not built, so the scroll
// height is that of the whole table. Rows are built from the table's RowSource when scrolling
// brings them near the viewport, and reveal() builds any row (a link target, a keyboard move)
// and scrolls it into view. 50,000 pages cost as many DOM rows as 100.

import { createNode } from './dom';
import type { RowSource, VNode } from './vnode';

/** Rows built above and below the viewport. */
const MARGIN = 40;
/** Tables longer than this keep their rows one line high (class `virtual`), so heights are uniform. */
export const UNIFORM_ROWS_FROM = 100;
/** Row height (px) assumed until one is measured. */
const ESTIMATED_ROW_PX = 22;
/** Last measured row height per kind of row, the estimate for the next rendering. */
const measuredPx = new Map<string, number>();

export class VirtualRows {
  /** First built row and one past the last. */
  private start = 0;
  private end = 0;
  private rowPx: number;
  private measured = false;
  private readonly built = new Map<number, HTMLElement>();
  private readonly topSpacer: HTMLElement;
  private readonly bottomSpacer: HTMLElement;
  private byKey: Map<string, number> | undefined;
  private byId: Map<string, number> | undefined;
  /** While true, focusing the table is not forwarded to its tabbable row. */
  private parking = false;
  /** The row that owns the table's roving tabindex. */
  tabbable = 0;
  /** The row keyboard focus logically is on while it is scrolled out (focus parked on the table). */
  parked: number | undefined;

  constructor(
    private readonly doc: Document,
    readonly tbody: HTMLTableSectionElement,
    readonly rows: RowSource,
  ) {
    // Spacers are in the body only while they stand for rows (a short table has none).
    this.topSpacer = this.spacer();
    this.bottomSpacer = this.spacer();
    this.rowPx = measuredPx.get(rows.kind) ?? ESTIMATED_ROW_PX;
    // No rows yet: the first layout places the table by its spacer, then the rows in view are built.
    this.sizeSpacers();
  }

  get count(): number {
    return this.rows.count;
  }

  get table(): HTMLElement {
    return (this.tbody.parentElement ?? this.tbody) as HTMLElement;
  }

  /** Called once the table is in the document: table attributes and focus forwarding. */
  attached(): void {
    const table = this.table;
    table.setAttribute('aria-rowcount', String(this.count + 1));
    if (this.count > UNIFORM_ROWS_FROM) table.classList.add('virtual');
    table.addEventListener('focus', (ev) => {
      // Tab landed on a table whose tabbable row is scrolled out: build it and move there.
      if (ev.target !== table || this.parking || this.built.has(this.tabbable)) return;
      this.reveal(this.tabbable, 'nearest').focus({ preventScroll: true });
    });
    this.syncTabindex();
  }

  /** The built element of row i, if it is in the window. */
  element(i: number): HTMLElement | undefined {
    return this.built.get(i);
  }

  /** Index of the row element `el` of this table (from its data-index). */
  indexOf(el: HTMLElement): number {
    const i = Number(el.dataset.index);
    return Number.isInteger(i) && this.built.get(i) === el ? i : -1;
  }

  indexOfKey(key: string): number {
    if (!this.byKey) {
      this.byKey = new Map();
      for (let i = this.count - 1; i >= 0; i--) this.byKey.set(this.rows.key(i), i);
    }
    return this.byKey.get(key) ?? -1;
  }

  indexOfId(id: string): number {
    if (!this.byId) {
      this.byId = new Map();
      for (let i = this.count - 1; i >= 0; i--) {
        const rid = this.rows.id(i);
        if (rid !== undefined) this.byId.set(rid, i);
      }
    }
    return this.byId.get(id) ?? -1;
  }

  /** Build row i if needed and scroll it into view; returns its element. */
  reveal(i: number, block: ScrollLogicalPosition = 'nearest'): HTMLElement {
    let el = this.built.get(i);
    if (!el) {
      this.setWindow(Math.max(0, i - MARGIN), Math.min(this.count, i + MARGIN + 1));
      el = this.built.get(i) as HTMLElement;
      block = 'center';
    }
    el.scrollIntoView({ block });
    return el;
  }

  setTabbable(i: number): void {
    this.tabbable = i;
    this.parked = undefined;
    this.syncTabindex();
  }

  /** The window the current scroll position asks for (reads layout only). */
  wanted(): [number, number] {
    if (!this.tbody.isConnected || this.count === 0) return [0, 0];
    const top = this.tbody.getBoundingClientRect().top;
    const view = this.doc.defaultView?.innerHeight ?? 800;
    const first = Math.floor(-top / this.rowPx);
    const last = Math.ceil((view - top) / this.rowPx);
    const s = Math.min(this.count, Math.max(0, first - MARGIN));
    const e = Math.min(this.count, Math.max(0, last + MARGIN));
    return e <= s ? [0, 0] : [s, e];
  }

  /** Build the window `w` (writes the DOM only). */
  apply(w: [number, number]): void {
    if (w[0] !== this.start || w[1] !== this.end) this.setWindow(w[0], w[1]);
  }

  /** Rebuild the window for the current scroll position. */
  update(): void {
    this.apply(this.wanted());
    if (!this.measured && this.measure()) this.apply(this.wanted());
  }

  private spacer(): HTMLElement {
    const tr = this.doc.createElement('tr');
    tr.className = 'spacer';
    tr.setAttribute('aria-hidden', 'true');
    const td = this.doc.createElement('td');
    td.colSpan = this.rows.columns;
    tr.appendChild(td);
    return tr;
  }

  private build(i: number): HTMLElement {
    const el = createNode(this.doc, this.rows.row(i)) as HTMLElement;
    el.dataset.index = String(i);
    el.setAttribute('aria-rowindex', String(i + 2));
    this.built.set(i, el);
    return el;
  }

  private setWindow(start: number, end: number): void {
    const active = this.doc.activeElement;
    for (const [i, el] of this.built) {
      if (i >= start && i < end) continue;
      if (el === active) this.park(i);
      el.remove();
      this.built.delete(i);
    }
    const keptFrom = Math.max(start, this.start);
    const keptTo = Math.min(end, this.end);
    if (keptFrom >= keptTo) {
      const after = this.bottomSpacer.isConnected ? this.bottomSpacer : null;
      for (let i = start; i < end; i++) this.tbody.insertBefore(this.build(i), after);
    } else {
      const firstKept = this.built.get(keptFrom) as HTMLElement;
      for (let i = start; i < keptFrom; i++) this.tbody.insertBefore(this.build(i), firstKept);
      const after = this.bottomSpacer.isConnected ? this.bottomSpacer : null;
      for (let i = keptTo; i < end; i++) this.tbody.insertBefore(this.build(i), after);
    }
    this.start = start;
    this.end = end;
    this.sizeSpacers();
    this.syncTabindex();
    if (this.parked !== undefined && active === this.table && this.built.has(this.parked)) {
      const el = this.built.get(this.parked) as HTMLElement;
      this.parked = undefined;
      el.focus({ preventScroll: true });
    }
  }

  /** The focused row leaves the window: keep keyboard focus in the table, remember the row. */
  private park(i: number): void {
    this.parked = i;
    this.parking = true;
    try {
      this.table.focus({ preventScroll: true });
    } finally {
      this.parking = false;
    }
  }

  private sizeSpacers(): void {
    const above = this.start;
    const below = this.count - this.end;
    if (above) {
      this.topSpacer.style.height = `${above * this.rowPx}px`;
      if (this.tbody.firstChild !== this.topSpacer) this.tbody.insertBefore(this.topSpacer, this.tbody.firstChild);
    } else this.topSpacer.remove();
    if (below) {
      this.bottomSpacer.style.height = `${below * this.rowPx}px`;
      if (this.tbody.lastChild !== this.bottomSpacer) this.tbody.appendChild(this.bottomSpacer);
    } else this.bottomSpacer.remove();
  }

  /**
   * Measure the built rows' height (reads layout); returns true when it differs from the estimate
   * the spacers were sized with (they are resized, and the window should be recomputed).
   */
  measure(): boolean {
    if (this.end <= this.start || this.measured) return false;
    const first = (this.built.get(this.start) as HTMLElement).getBoundingClientRect();
    const last = (this.built.get(this.end - 1) as HTMLElement).getBoundingClientRect();
    const px = (last.bottom - first.top) / (this.end - this.start);
    if (!(px > 0 && Number.isFinite(px))) return false;
    this.measured = true;
    measuredPx.set(this.rows.kind, px);
    if (Math.abs(px - this.rowPx) < 0.5) return false;
    this.rowPx = px;
    this.sizeSpacers();
    return true;
  }

  private syncTabindex(): void {
    for (const [i, el] of this.built) el.setAttribute('tabindex', i === this.tabbable ? '0' : '-1');
    const table = this.tbody.parentElement;
    if (table) table.setAttribute('tabindex', this.built.has(this.tabbable) ? '-1' : '0');
  }
}

/** The virtual tables of the current rendering, in document order. */
let current: VirtualRows[] = [];

export function virtualTables(): readonly VirtualRows[] {
  return current;
}

/**
 * Build `tree` into `root` with virtual tables. The new DOM is built detached first, and should
 * anything throw, `root` gets back exactly what it showed before (then the error propagates).
 */
export function mountVirtual(root: HTMLElement, tree: VNode): VirtualRows[] {
  const tables: VirtualRows[] = [];
  const node = createNode(root.ownerDocument, tree, (tbody, rows) => tables.push(new VirtualRows(root.ownerDocument, tbody, rows)));
  const before = Array.from(root.childNodes);
  const beforeTables = current;
  root.replaceChildren(node);
  current = tables;
  try {
    for (const t of tables) t.attached();
    // All reads, then all writes: one layout for the windows, one to measure the rows.
    let wanted = tables.map((t) => t.wanted());
    tables.forEach((t, k) => t.apply(wanted[k]));
    const remeasured = tables.map((t) => t.measure());
    if (remeasured.some(Boolean)) {
      wanted = tables.map((t) => t.wanted());
      tables.forEach((t, k) => t.apply(wanted[k]));
    }
  } catch (e) {
    root.replaceChildren(...before);
    current = beforeTables;
    throw e;
  }
  return tables;
}

/** Rebuild the windows when the view scrolls or resizes (once per animation frame). */
export function installVirtualScrolling(win: Window): void {
  let queued = false;
  const schedule = (): void => {
    if (queued) return;
    queued = true;
    win.requestAnimationFrame(() => {
      queued = false;
      const wanted = current.map((t) => t.wanted());
      current.forEach((t, k) => t.apply(wanted[k]));
      for (const t of current) if (t.measure()) t.update();
    });
  };
  win.addEventListener('scroll', schedule, { passive: true, capture: true });
  win.addEventListener('resize', schedule, { passive: true });
}
