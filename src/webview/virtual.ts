// Row virtualisation for the state view's tables: a table body holds only the rows in view plus
// a margin, between two spacer rows whose heights stand for the rows not built, so the scroll
// height is that of the whole table. Rows are built from the table's RowSource when scrolling
// brings them near the viewport, and reveal() builds any row (a link target, a keyboard move)
// and scrolls it into view. 50,000 pages cost as many DOM rows as 100. (mount.ts puts a whole
// rendering in place and drives the windows from scrolling.)

import { createNode, patchNode, PatchRowsHook } from './dom';
import type { RowSource } from './vnode';

/** Rows built above and below the viewport. */
const MARGIN = 40;
/** Tables longer than this keep their rows one line high (class `virtual`), so heights are uniform. */
export const UNIFORM_ROWS_FROM = 100;
/** Row height (px) assumed until one is measured. */
const ESTIMATED_ROW_PX = 22;
/** Last measured row height per kind of row, the estimate for the next rendering. */
const measuredPx = new Map<string, number>();
/** The VirtualRows that currently owns a table element (a patched table changes owner). */
const owners = new WeakMap<HTMLElement, VirtualRows>();
const NO_ROWS: PatchRowsHook = () => undefined;

/** Told (once per rendering) when a row cannot be built; the row shows the error in its place. */
let rowErrorHandler: (message: string) => void = () => undefined;
let rowErrorReported = false;

export function onRowError(handler: (message: string) => void): void {
  rowErrorHandler = handler;
}

/** A new rendering: its first row error is reported again. */
export function resetRowErrors(): void {
  rowErrorReported = false;
}

function errorText(e: unknown): string {
  try {
    return (e instanceof Error ? e.message : String(e)).slice(0, 300);
  } catch {
    return 'unknown error';
  }
}

export class VirtualRows {
  /** First built row and one past the last. */
  private start = 0;
  private end = 0;
  private rowPx: number;
  private measured = false;
  private readonly built = new Map<number, HTMLElement>();
  private topSpacer: HTMLElement;
  private bottomSpacer: HTMLElement;
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
    previous?: VirtualRows,
  ) {
    this.rowPx = measuredPx.get(rows.kind) ?? ESTIMATED_ROW_PX;
    if (previous && previous.tbody === tbody) {
      // The same table at a new stop: patch the rows in the window in place.
      this.topSpacer = previous.topSpacer;
      this.bottomSpacer = previous.bottomSpacer;
      if (previous.rows.kind === rows.kind) {
        this.rowPx = previous.rowPx;
        this.measured = previous.measured;
      }
      const end = Math.min(previous.end, rows.count);
      for (const [i, el] of previous.built) {
        if (i >= end) {
          el.remove();
          continue;
        }
        let next: HTMLElement;
        try {
          next = patchNode(doc, el, rows.row(i), NO_ROWS) as HTMLElement;
        } catch (e) {
          next = this.failedRow(i, e);
        }
        if (next !== el) el.replaceWith(next);
        this.mark(next, i);
      }
      this.start = previous.start < end ? previous.start : 0;
      this.end = previous.start < end ? end : 0;
      this.tabbable = previous.tabbable < rows.count ? previous.tabbable : 0;
    } else {
      // Spacers are in the body only while they stand for rows (a short table has none).
      tbody.replaceChildren();
      this.topSpacer = this.spacer();
      this.bottomSpacer = this.spacer();
      // No rows yet: the first layout places the table by its spacer, then the rows in view are built.
    }
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
    table.classList.toggle('virtual', this.count > UNIFORM_ROWS_FROM);
    if (!owners.has(table)) {
      table.addEventListener('focus', (ev) => {
        // Tab landed on a table whose tabbable row is scrolled out: build it and move there.
        const self = owners.get(table);
        if (!self || ev.target !== table || self.parking || self.built.has(self.tabbable)) return;
        self.reveal(self.tabbable, 'nearest').focus({ preventScroll: true });
      });
    }
    owners.set(table, this);
    this.syncTabindex();
  }

  /** Keep keyboard focus on row i without scrolling: on its element, or parked on the table. */
  holdFocus(i: number): void {
    this.setTabbable(i);
    const el = this.built.get(i);
    if (el) el.focus({ preventScroll: true });
    else this.park(i);
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

  private spacer(): HTMLElement {
    const tr = this.doc.createElement('tr');
    tr.className = 'spacer';
    tr.setAttribute('aria-hidden', 'true');
    const td = this.doc.createElement('td');
    td.colSpan = this.rows.columns;
    tr.appendChild(td);
    return tr;
  }

  private mark(el: HTMLElement, i: number): void {
    el.dataset.index = String(i);
    el.setAttribute('aria-rowindex', String(i + 2));
    this.built.set(i, el);
  }

  private build(i: number): HTMLElement {
    let el: HTMLElement;
    try {
      el = createNode(this.doc, this.rows.row(i)) as HTMLElement;
    } catch (e) {
      el = this.failedRow(i, e);
    }
    this.mark(el, i);
    return el;
  }

  /** A row that could not be built: the error in its place, the rest of the table unharmed. */
  private failedRow(i: number, e: unknown): HTMLElement {
    const message = `cannot show ${this.rows.kind} row ${i}: ${errorText(e)}`;
    const tr = this.doc.createElement('tr');
    tr.className = 'row render-failed';
    let key = `${this.rows.kind}:${i}`;
    try {
      key = this.rows.key(i);
    } catch {
      // keep the positional key
    }
    tr.dataset.key = key;
    tr.setAttribute('tabindex', '-1');
    const td = this.doc.createElement('td');
    td.colSpan = this.rows.columns;
    td.textContent = `⚠ ${message}`;
    tr.appendChild(td);
    if (!rowErrorReported) {
      rowErrorReported = true;
      try {
        rowErrorHandler(message);
      } catch {
        // reporting must not break the table
      }
    }
    return tr;
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
