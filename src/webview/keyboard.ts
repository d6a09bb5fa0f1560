// Keyboard and pointer navigation for the state view's tables (roving tabindex, as in the WAI
// grid pattern): Tab moves between tables, ArrowUp/ArrowDown between rows (crossing into the
// next table), Home/End to the first/last row of a table, Enter follows a row's link (PTE → the
// page it maps) and Escape goes back to where the last jump started. Navigation works on row
// indexes of the virtual tables (virtual.ts), not on DOM rows, so it reaches rows that are not
// built yet: moving to one builds it and scrolls it into view.

import type { VirtualRows } from './virtual';

const ROW = 'tr.row';

type Tables = () => readonly VirtualRows[];
type Spot = { t: VirtualRows; i: number };

/** Make row i the single tabbable row of its table, build it, scroll to it and focus it. */
export function focusAt(t: VirtualRows, i: number, flash = false): HTMLElement {
  t.setTabbable(i);
  const el = t.reveal(i);
  if (flash) {
    el.classList.remove('flash');
    void el.offsetWidth; // restart the highlight animation
    el.classList.add('flash');
  }
  el.focus({ preventScroll: true });
  return el;
}

/** Which table and row an event target is on (a row, or a table holding parked focus). */
function locate(tables: readonly VirtualRows[], target: HTMLElement): Spot | undefined {
  const row = target.closest<HTMLElement>(ROW);
  for (const t of tables) {
    if (row) {
      const i = t.indexOf(row);
      if (i >= 0) return { t, i };
    } else if (target === t.table) {
      return { t, i: t.parked ?? t.tabbable };
    }
  }
  return undefined;
}

function findKey(tables: readonly VirtualRows[], key: string): Spot | undefined {
  for (const t of tables) {
    const i = t.indexOfKey(key);
    if (i >= 0) return { t, i };
  }
  return undefined;
}

/**
 * After a render: give each table its tabbable row (the row with `focusKey` if it still exists)
 * and move focus back to that row when focus was inside the view before.
 */
export function initRovingTabindex(tables: readonly VirtualRows[], focusKey?: string, refocus?: boolean): void {
  if (!focusKey) return;
  const spot = findKey(tables, focusKey);
  if (!spot) return;
  // Never scroll here: a new stop keeps the view where the reader left it.
  if (refocus) spot.t.holdFocus(spot.i);
  else spot.t.setTabbable(spot.i);
}

/** The data-key of the row focus is on (also when that row is scrolled out of its window). */
export function focusedKey(tables: readonly VirtualRows[], active: Element | null): string | undefined {
  if (!active) return undefined;
  const spot = locate(tables, active as HTMLElement);
  return spot ? spot.t.rows.key(spot.i) : undefined;
}

export function installNavigation(root: HTMLElement, tables: Tables): void {
  // Keys (data-key) of rows a jump started from; keys survive re-rendering, DOM nodes do not.
  const history: string[] = [];

  const jump = (from: Spot | undefined, targetId: string): boolean => {
    for (const t of tables()) {
      const i = t.indexOfId(targetId);
      if (i < 0) continue;
      if (from) history.push(from.t.rows.key(from.i));
      focusAt(t, i, true);
      return true;
    }
    return false;
  };

  root.addEventListener('click', (ev) => {
    const el = ev.target as HTMLElement;
    const link = el.closest<HTMLElement>('a[data-target]');
    const spot = locate(tables(), el);
    if (link) {
      ev.preventDefault();
      jump(spot, link.dataset.target as string);
      return;
    }
    if (spot && el.closest(ROW)) focusAt(spot.t, spot.i);
  });

  root.addEventListener('keydown', (ev) => {
    const all = tables();
    const spot = locate(all, ev.target as HTMLElement);
    if (!spot) return;
    const { t, i } = spot;
    let next: Spot | undefined;
    switch (ev.key) {
      case 'ArrowDown':
        if (i + 1 < t.count) next = { t, i: i + 1 };
        else {
          const after = all.slice(all.indexOf(t) + 1).find((x) => x.count > 0);
          if (after) next = { t: after, i: 0 };
        }
        break;
      case 'ArrowUp':
        if (i > 0) next = { t, i: i - 1 };
        else {
          const prev = all.slice(0, all.indexOf(t)).reverse().find((x) => x.count > 0);
          if (prev) next = { t: prev, i: prev.count - 1 };
        }
        break;
      case 'Home':
        next = { t, i: 0 };
        break;
      case 'End':
        next = { t, i: t.count - 1 };
        break;
      case 'Enter':
      case ' ': {
        const row = t.reveal(i);
        const target = row.dataset.target ?? row.querySelector<HTMLElement>('a[data-target]')?.dataset.target;
        if (target && jump(spot, target)) ev.preventDefault();
        return;
      }
      case 'Escape': {
        const key = history.pop();
        const back = key ? findKey(all, key) : undefined;
        if (back) {
          focusAt(back.t, back.i);
          ev.preventDefault();
        }
        return;
      }
      default:
        return;
    }
    ev.preventDefault();
    if (next) focusAt(next.t, next.i);
  });
}
