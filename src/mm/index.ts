// Public API of the memory model, for src/sim, src/scenario, src/debug and the CLI. Everything
// else in src/mm is an implementation detail (tests may import it directly).

export type { MemorySpec, ProcessSpec, VmaSpec, PageSpec, PteBitsSpec, ShareSpec, TlbSpec, LruSpec, AddrSpec } from './spec';
export { SpecError, parseAddr, parsePageAddr } from './spec';
export { createModel } from './build';
export type { MmModel, PageState, MmState, VmaState, PageTable, TlbEntry } from './state';
export { restoreModel, EXTERNAL_TID, NO_TID, ZERO_PFN } from './state';
export { createNatives } from './natives/index';
export { pageLockKey } from './natives/page';
export { createModelMemory } from './memory';
export { checkInvariants, currentViolations, checkQuiescent, INVARIANTS, setInvariant, isTlbStale } from './invariants';
export type { Violation, InvariantInfo } from './invariants';
export { buildStateView, migrateArrayView, changedKeys } from './view';
export type { ViewOptions } from './view';
export { formatPte, decodePte } from './pte';
export { decodeHmmPfn, decodeMigratePfn } from './migrate-pfn';
export { populateAnonRange } from './populate';
