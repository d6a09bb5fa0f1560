// Keyboard and pointer for the page-table picture (render-pgtable.ts). Each box of the picture
// (the pgd/p4d/pud chain, the pmd table, every pte table, the TLB entries, the frames) is a tab
// stop; ArrowDown/ArrowUp move between the rows of a box (Home/End: first/last), ArrowRight/
// ArrowLeft to the next/previous box, Escape from a row back to its box, and Enter (or a double
// click) shows the row's PTE or page in the tables below (virtual rows, built on demand);
// Escape on that table row comes back to the picture row.
// The export buttons above each picture go through `onExport`.

import { focusAt } from './keyboard';
import type { VirtualRows } from './virtual';

type Tables = () => readonly VirtualRows[];

const BOX = '.pt-box';
const ROW = '.pt-row';

function rowsOf(box: Element): HTMLElement[] {
  return Array.from(box.querySelectorAll<HTMLElement>(ROW));
}

function boxesOf(svg: Element): HTMLElement[] {
  return Array.from(svg.querySelectorAll<HTMLElement>(BOX));
}

function focus(el: Element | undefined | null): boolean {
  if (!el) return false;
  (el as HTMLElement).focus({ preventScroll: false });
  return true;
}

/** Show the table row with DOM id `id` (a PTE or page row), building it if needed. */
export function revealInTables(tables: readonly VirtualRows[], id: string): boolean {
  for (const t of tables) {
    const i = t.indexOfId(id);
    if (i >= 0) {
      focusAt(t, i, true);
      return true;
    }
  }
  return false;
}

export function installPictureNavigation(root: HTMLElement, tables: Tables, onExport: (format: 'svg' | 'text', pid: number, svg: SVGSVGElement | null) => void): void {
  /** The picture row a jump to the tables started from, and the table row it went to. */
  let back: { from: Element; to: string } | undefined;
  const jump = (row: HTMLElement, id: string): boolean => {
    if (!revealInTables(tables(), id)) return false;
    back = { from: row, to: id };
    return true;
  };
  // Capture phase: Escape on the row a picture jump went to returns to the picture (before
  // keyboard.ts would go back along its own jumps).
  root.addEventListener(
    'keydown',
    (ev) => {
      if (ev.key !== 'Escape' || !back) return;
      const tr = (ev.target as Element).closest?.('tr.row');
      if (!tr || tr.id !== back.to) return;
      const from = back.from;
      back = undefined;
      if (!from.isConnected) return;
      ev.stopPropagation();
      ev.preventDefault();
      focus(from);
    },
    true,
  );
  root.addEventListener('keydown', (ev) => {
    const target = ev.target as Element;
    const svg = target.closest?.('svg.pgtable-picture');
    if (!svg) return;
    const row = target.closest(ROW);
    const box = target.closest(BOX);
    if (!box) return;
    let done = false;
    switch (ev.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        const rows = rowsOf(box);
        if (!rows.length) break;
        const at = row ? rows.indexOf(row as HTMLElement) : -1;
        const next = ev.key === 'ArrowDown' ? Math.min(rows.length - 1, at + 1) : at <= 0 ? 0 : at - 1;
        done = focus(rows[next]);
        break;
      }
      case 'Home':
        done = focus(rowsOf(box)[0]);
        break;
      case 'End': {
        const rows = rowsOf(box);
        done = focus(rows[rows.length - 1]);
        break;
      }
      case 'ArrowRight':
      case 'ArrowLeft': {
        const boxes = boxesOf(svg);
        const k = boxes.indexOf(box as HTMLElement);
        done = focus(boxes[ev.key === 'ArrowRight' ? Math.min(boxes.length - 1, k + 1) : Math.max(0, k - 1)]);
        break;
      }
      case 'Escape':
        if (row) done = focus(box);
        break;
      case 'Enter':
      case ' ': {
        const id = (row as HTMLElement | null)?.dataset?.target;
        if (id) done = jump(row as HTMLElement, id);
        else if (!row) done = focus(rowsOf(box)[0]);
        break;
      }
      default:
        return;
    }
    if (done || ev.key.startsWith('Arrow')) ev.preventDefault();
  });

  root.addEventListener('click', (ev) => {
    const el = ev.target as Element;
    const button = el.closest?.<HTMLButtonElement>('button[data-export]');
    if (button) {
      const pid = Number(button.dataset.pid);
      const svg = button.closest('.picture')?.querySelector<SVGSVGElement>('svg.pgtable-picture') ?? null;
      onExport(button.dataset.export === 'svg' ? 'svg' : 'text', pid, svg);
      return;
    }
    const row = el.closest?.(ROW);
    if (row && row.closest('svg.pgtable-picture')) focus(row);
  });

  root.addEventListener('dblclick', (ev) => {
    const row = (ev.target as Element).closest?.<HTMLElement>(ROW);
    const id = row?.dataset?.target;
    if (row && id && row.closest('svg.pgtable-picture')) jump(row, id);
  });
}
