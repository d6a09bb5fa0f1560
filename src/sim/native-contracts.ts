// The documented behaviour of the native kernel functions, as the debugger shows it when it stops
// inside one (native-frames.ts): a short read-only document, one line per step of the contract
// (what it checks, what it changes in the model, its locking rules), in our own words from the
// model's implementation (src/mm/natives) and docs/kernel-semantics.md. A native without an
// entry here gets a generic contract naming its parameters.

import type { FnType } from '../c/types';

export interface NativeContract {
  /** Parameter names, in order (the arguments shown as locals). */
  params: string[];
  /** One line per step of the contract, after the signature line. */
  steps: string[];
  /** What it returns (the last line; the stop after its effects is there). */
  returns: string;
}

const C: Record<string, NativeContract> = {
  isolate_lru_page: {
    params: ['page'],
    steps: [
      'checks: the caller holds a reference on the page (refcount > 0), else BUG',
      'checks: the page is on an LRU list (PG_lru); if not, nothing changes',
      'changes: takes the page off its LRU list (lru: lru → isolated, isolated by this thread)',
      'changes: takes a reference for the isolation (refcount + 1)',
      'locking: no lock needed from the caller (the LRU lock is taken inside)',
    ],
    returns: 'returns 0 when isolated, -EBUSY when the page was not on an LRU list',
  },
  folio_isolate_lru: {
    params: ['folio'],
    steps: [
      'checks: the caller holds a reference on the folio (refcount > 0), else BUG',
      'checks: the folio is on an LRU list (PG_lru); if not, nothing changes',
      'changes: takes the folio off its LRU list (lru: lru → isolated, isolated by this thread)',
      'changes: takes a reference for the isolation (refcount + 1)',
      'locking: no lock needed from the caller',
    ],
    returns: 'returns true when isolated, false otherwise (the opposite of isolate_lru_page)',
  },
  putback_lru_page: {
    params: ['page'],
    steps: [
      'checks: the page is isolated, by this thread',
      'changes: puts the page back on its LRU list (lru: isolated → lru)',
      'changes: drops the isolation reference (refcount - 1; the page is freed at 0)',
    ],
    returns: 'returns nothing',
  },
  get_page: {
    params: ['page'],
    steps: ['checks: the page is not being freed (refcount > 0)', 'changes: refcount + 1'],
    returns: 'returns nothing',
  },
  put_page: {
    params: ['page'],
    steps: [
      'checks: refcount > 0',
      'changes: refcount - 1; at 0 the page is freed (any pte or TLB entry still naming it is a use-after-free)',
    ],
    returns: 'returns nothing',
  },
  trylock_page: {
    params: ['page'],
    steps: [
      'checks: whether PG_locked is clear',
      'changes: if it was clear, sets PG_locked with this thread as holder; never sleeps',
      'locking: legal under a spinlock (the PTE lock), unlike lock_page',
    ],
    returns: 'returns true when the lock was taken, false when the page was already locked',
  },
  lock_page: {
    params: ['page'],
    steps: [
      'checks: no spinlock is held (it may sleep)',
      'sleeps: while PG_locked is set, the thread waits until unlock_page wakes it',
      'changes: sets PG_locked with this thread as holder',
    ],
    returns: 'returns nothing',
  },
  unlock_page: {
    params: ['page'],
    steps: [
      'checks: the page is locked (PG_locked), else BUG',
      'changes: clears PG_locked (the lock has no owner: any thread may unlock it)',
      'changes: wakes the threads sleeping in lock_page on this page',
    ],
    returns: 'returns nothing',
  },
  set_pte_at: {
    params: ['mm', 'addr', 'ptep', 'pte'],
    steps: [
      'checks: ptep is the entry of mm that maps addr',
      'locking: the caller holds that page table\'s lock (PTL)',
      'changes: writes the new entry; the old one is not flushed from any TLB',
    ],
    returns: 'returns nothing',
  },
  ptep_get_and_clear: {
    params: ['mm', 'addr', 'ptep'],
    steps: [
      'checks: ptep is the entry of mm that maps addr',
      'changes: clears the entry (none); TLBs may still hold the old translation until a flush',
    ],
    returns: 'returns the entry as it was before the clear',
  },
  ptep_clear_flush: {
    params: ['vma', 'addr', 'ptep'],
    steps: [
      'checks: ptep maps addr inside vma',
      'locking: the caller holds the page table\'s lock (PTL)',
      'changes: clears the entry and drops the translation from every CPU\'s TLB',
    ],
    returns: 'returns the entry as it was before the clear',
  },
  flush_tlb_range: {
    params: ['vma', 'start', 'end'],
    steps: ['changes: every CPU forgets the translations of the vma\'s process in [start, end)'],
    returns: 'returns nothing',
  },
  lru_add_drain: {
    params: [],
    steps: ['changes: the pages in this CPU\'s LRU add batch go onto the LRU, each dropping the batch\'s reference'],
    returns: 'returns nothing',
  },
  pte_offset_map_lock: {
    params: ['mm', 'pmd', 'addr', 'ptlp'],
    steps: [
      'checks: the pmd names a pte table',
      'locking: takes that table\'s spinlock (PTL) and stores it in *ptlp; nothing may sleep until pte_unmap_unlock',
    ],
    returns: 'returns a pointer to the entry that maps addr',
  },
  pte_unmap_unlock: {
    params: ['pte', 'ptl'],
    steps: ['checks: ptl is held by this thread and is the lock of the table pte points into', 'locking: releases the PTL'],
    returns: 'returns nothing',
  },
};

/** The contract of native `name` (generic when none is written). */
export function contractOf(name: string, type: FnType | undefined): NativeContract {
  const c = C[name];
  if (c) return c;
  const n = type?.params.length ?? 0;
  return {
    params: Array.from({ length: n }, (_, i) => `arg${i}`),
    steps: [
      `${name} is a native kernel function: the model implements it (src/mm/natives) rather than running C`,
      'checks and changes: as the kernel documents it; see the model state in the Pages and Page table scopes',
    ],
    returns: type && type.ret.k !== 'void' ? 'returns its result (shown as the return value)' : 'returns nothing',
  };
}

/** The contract as a document: line 1 the signature, then one line per step, then the return. */
export function contractText(name: string, type: FnType | undefined): string {
  const c = contractOf(name, type);
  const sig = `${name}(${c.params.join(', ')})  — native kernel function, simulated by mmstep (read-only)`;
  return [sig, ...c.steps.map((s, i) => `  ${i + 1}. ${s}`), `  → ${c.returns}`, ''].join('\n');
}

/** The document's line (1-based) a stop at `phase` shows: the first step, or the return line. */
export function contractLine(name: string, type: FnType | undefined, phase: 'entry' | 'exit'): number {
  const c = contractOf(name, type);
  return phase === 'entry' ? 2 : c.steps.length + 2;
}
