// Builds the lazy row source of one table from the array it shows: the renderers describe a row
// by index and the webview creates only the rows in view (virtual.ts), so a 50,000-entry array
// costs one pass to count its changed rows, not 50,000 DOM rows.

import type { RowSource, VElement } from './vnode';

export interface RowSpec<T> {
  /** The rows' class (pte, page, slot, tlb-entry, lock-row). */
  kind: string;
  columns: number;
  key(x: T): string;
  id?(x: T): string | undefined;
  render(x: T): VElement;
}

export function rowSource<T>(items: readonly T[], spec: RowSpec<T>, changed: ReadonlySet<string>): RowSource {
  let changedCount = 0;
  if (changed.size) for (const x of items) if (changed.has(spec.key(x))) changedCount++;
  return {
    kind: spec.kind,
    count: items.length,
    columns: spec.columns,
    changedCount,
    key: (i) => spec.key(items[i]),
    id: (i) => spec.id?.(items[i]),
    row: (i) => spec.render(items[i]),
  };
}
