// The native kernel API of the model: one table of every primitive the kernel/ C code may call
// by prototype. Each group lives in its own file; names must match kernel/include exactly (a unit
// test checks that every prototype in the headers has a native here and vice versa).

import type { NativeTable } from '../../c/native';
import type { MmModel } from '../state';
import { hmmNatives } from './hmm';
import { legacyNatives } from './legacy';
import { lruNatives } from './lru';
import { mmapNatives } from './mmap';
import { pageNatives } from './page';
import { pgtableNatives } from './pgtable';
import { pteopsNatives } from './pteops';
import { deviceNatives } from './device';
import { folioNatives } from './folio';
import { entryNatives } from './entries';
import { cpuNatives } from './cpu';
import { hugeFaultNatives } from './huge-fault';
import { vmopsNatives } from './vmops';
import { folioCompatNatives } from './folio-compat';
import { pgtableCompatNatives } from './pgtable-compat';
import { thpCompatNatives } from './thp-compat';
import { driverChardevNatives } from './driver-chardev';
import { gupNatives } from './gup';
import { withPageFrees } from './page-free-calls';
import { driverSyncNatives } from './driver-sync';
import { driverXarrayNatives } from './driver-xarray';
import { driverDevmemNatives } from './driver-devmem';
import { driverMiscNatives } from './driver-misc';
import { shmemNatives } from './shmem';
import { journaledCall } from '../undo-membrane';
import { undoSink } from '../../c/undo-sink';

/**
 * Natives bound to `model`. The table closes over the model object only as a handle: all state
 * stays in the (plain-data) model, so a model restored in place keeps working with the table.
 */
import { moduleParamNatives } from './module-param';

export function createNatives(model: MmModel): NativeTable {
  // No prototype: a C name such as `toString` must not find an inherited property.
  const table: NativeTable = Object.create(null) as NativeTable;
  const groups = [pageNatives(model), lruNatives(model), pgtableNatives(model), pteopsNatives(model), hmmNatives(model), mmapNatives(model), legacyNatives(model)];
  // Today's (folio-era) API, device memory, the CPU side and address-space operations.
  groups.push(deviceNatives(model), folioNatives(model), entryNatives(model), cpuNatives(model), vmopsNatives(model), hugeFaultNatives(model));
  // Shared anonymous memory (shmem) for the fault path of MAP_SHARED | MAP_ANONYMOUS mappings.
  groups.push(shmemNatives(model));
  // What kernel trees' files (6.1, 6.12) call beyond kernel/'s C: docs/kernel-api.md class (b).
  groups.push(folioCompatNatives(model), pgtableCompatNatives(model), thpCompatNatives(model));
  // What a kernel tree's driver (lib/test_hmm.c) calls: devices, embedded locks / xarray /
  // notifier, its device memory, the rest (natives/driver-*.ts).
  groups.push(driverChardevNatives(model), driverSyncNatives(model), driverXarrayNatives(model), driverDevmemNatives(model), driverMiscNatives(model));
  // Its module parameters keep their C values unless a runner passes insmod's (module-param.ts).
  // Built-in test drivers of a tree (mm/gup_test.c): GUP, debugfs files, ktime (gup.ts).
  groups.push(gupNatives(model));
  groups.push(moduleParamNatives());
  for (const g of groups) {
    for (const [name, impl] of Object.entries(g)) {
      if (table[name]) throw new Error(`native ${name} defined twice`);
      // Behind the undo journal's write barrier while the history records (undo-membrane.ts).
      // Without a journal recording (a plain run, a long continue): the native itself, no closure.
      // A device page freed by it runs its driver's C page_free before its caller goes on.
      const call = withPageFrees(model, name, impl);
      table[name] = (ctx, args) => (undoSink.log === undefined ? call(ctx, args) : journaledCall(model, () => call(ctx, args)));
    }
  }
  return table;
}
