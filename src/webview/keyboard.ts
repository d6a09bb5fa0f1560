// Keyboard and pointer navigation for the state view's tables (roving tabindex, as in the WAI
// grid pattern): Tab moves between tables, ArrowUp/ArrowDown between rows (crossing into the
// next table), Home/End to the first/last row of a table, Enter follows a row's link (PTE → the
// page it maps) and Escape goes back to where the last jump started.

const ROW = 'tr.row';

function rowsOf(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(ROW));
}

function tableRows(row: HTMLElement): HTMLElement[] {
  const table = row.closest('table');
  return table ? Array.from(table.querySelectorAll<HTMLElement>(ROW)) : [row];
}

/** Make `row` the single tabbable row of its table and focus it. */
export function focusRow(row: HTMLElement): void {
  for (const r of tableRows(row)) r.setAttribute('tabindex', '-1');
  row.setAttribute('tabindex', '0');
  row.focus();
  row.scrollIntoView({ block: 'nearest' });
}

/**
 * After a render: give each table one tabbable row (the first, or the row with `focusKey` if it
 * still exists) and restore focus to that row when focus was inside the view before.
 */
export function initRovingTabindex(root: HTMLElement, focusKey?: string, refocus?: boolean): void {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const rows = Array.from(table.querySelectorAll<HTMLElement>(ROW));
    if (!rows.length) continue;
    const keep = focusKey ? rows.find((r) => r.dataset.key === focusKey) : undefined;
    (keep ?? rows[0]).setAttribute('tabindex', '0');
  }
  if (focusKey && refocus) {
    const row = rowsOf(root).find((r) => r.dataset.key === focusKey);
    if (row) focusRow(row);
  }
}

export function installNavigation(root: HTMLElement): void {
  // Keys (data-key) of rows a jump started from; keys survive re-rendering, DOM nodes do not.
  const history: string[] = [];

  const jump = (from: HTMLElement | null, targetId: string): boolean => {
    const target = root.ownerDocument.getElementById(targetId);
    if (!target || !target.matches(ROW)) return false;
    if (from?.dataset.key) history.push(from.dataset.key);
    target.classList.remove('flash');
    void target.offsetWidth; // restart the highlight animation
    target.classList.add('flash');
    focusRow(target);
    return true;
  };

  root.addEventListener('click', (ev) => {
    const el = ev.target as HTMLElement;
    const link = el.closest<HTMLElement>('a[data-target]');
    const row = el.closest<HTMLElement>(ROW);
    if (link) {
      ev.preventDefault();
      jump(row, link.dataset.target as string);
      return;
    }
    if (row) focusRow(row);
  });

  root.addEventListener('keydown', (ev) => {
    const row = (ev.target as HTMLElement).closest<HTMLElement>(ROW);
    if (!row) return;
    const all = rowsOf(root);
    const inTable = tableRows(row);
    let next: HTMLElement | undefined;
    switch (ev.key) {
      case 'ArrowDown':
        next = all[all.indexOf(row) + 1];
        break;
      case 'ArrowUp':
        next = all[all.indexOf(row) - 1];
        break;
      case 'Home':
        next = inTable[0];
        break;
      case 'End':
        next = inTable[inTable.length - 1];
        break;
      case 'Enter':
      case ' ': {
        const target = row.dataset.target ?? row.querySelector<HTMLElement>('a[data-target]')?.dataset.target;
        if (target && jump(row, target)) ev.preventDefault();
        return;
      }
      case 'Escape': {
        const key = history.pop();
        const back = key ? rowsOf(root).find((r) => r.dataset.key === key) : undefined;
        if (back) {
          focusRow(back);
          ev.preventDefault();
        }
        return;
      }
      default:
        return;
    }
    ev.preventDefault();
    if (next) focusRow(next);
  });
}
