// A user-space program in a process of the model (issue 12 item 1): the pieces that make a C
// thread "current" in a process — its address space empty apart from a malloc heap, its loads
// and stores through that process's page tables (src/c/user-access.ts), the system-call and
// libc natives (mmap, malloc, fork, waitpid, ...) acting on current->mm — and `runUserProgram`,
// which runs a C function as the user program of a fresh model's process through the `mmstep
// exec` path.
// The kernel's fault path (kernel/mm/memory.c: fault_in_user_page → handle_mm_fault) is linked
// in with the program, so a user page fault runs as C that can be stepped through like any
// other, COW, zero page, migration-entry waits and device-private fault-back included.

import type { NativeTable } from '../c/native';
import { createModel } from '../mm/build';
import type { MmModel } from '../mm/state';
import { journaledCall } from '../mm/undo-membrane';
import { createUserHeap, HEAP_INITIAL, HEAP_START } from '../mm/natives/user-malloc';
import { userMallocNatives } from '../mm/natives/user-malloc';
import { userMmanNatives } from '../mm/natives/user-mman';
import { userMremapNatives } from '../mm/natives/user-mremap';
import { withPageFrees } from '../mm/natives/page-free-calls';
import { USER_PROCESS_NATIVE_NAMES, userProcessNatives } from '../mm/natives/user-process';
import { join } from '../c/paths';

/** The pid of the process a user program runs as. */
export const USER_PID = 1;

/** Sources of mmstep's kernel/ a user program is linked with: the CPU fault path (and the notifier calls it makes). */
export const USER_KERNEL_SOURCES = ['mm/memory.c', 'mm/mmu_notifier.c'];

/** The kernel/ sources (absolute) for `kernelDir` (mmstep's kernel/ folder). */
export function userKernelSources(kernelDir: string): string[] {
  return USER_KERNEL_SOURCES.map((s) => join(kernelDir, s));
}

/** A fresh model with one process (USER_PID) whose address space is empty apart from its heap. */
export function userProcessModel(name = 'user', cpus = 1): MmModel {
  const heap = { start: HEAP_START, end: HEAP_START + HEAP_INITIAL };
  const m = createModel({ cpus, processes: [{ pid: USER_PID, name, vmas: [heap] }] });
  createUserHeap(m, m.mms[USER_PID]);
  return m;
}

/** Add a malloc heap to process `pid` of an existing model (a scenario's process). */
export function addUserHeap(m: MmModel, pid: number): void {
  if (!m.mms[pid]) throw new Error(`no process ${pid}`);
  if (!m.uheap?.[pid]) createUserHeap(m, m.mms[pid]);
}

/** Thread `tid` runs as process `pid` from now on (current->mm): its user pointers are pid's. */
export function bindUserThread(m: MmModel, tid: number, pid: number = USER_PID): void {
  (m.tasks ??= {})[tid] = pid;
}

/**
 * The natives of user programs (mmap, munmap, mremap, mprotect, madvise, malloc & co., fork, waitpid,
 * kill, exit), journaled. `first`: whose exit / _exit the first process calls (see
 * user-process.ts); without it exit ends the first process's thread like a return from main.
 */
export function userNatives(m: MmModel, first?: NativeTable): NativeTable {
  const table: NativeTable = Object.create(null) as NativeTable;
  for (const g of [userMmanNatives(m), userMremapNatives(m), userMallocNatives(m), userProcessNatives(m, first)]) {
    for (const [name, impl] of Object.entries(g)) {
      // munmap, exit & co. can drop a device page's last reference: its C page_free runs first
      const call = withPageFrees(m, name, impl);
      table[name] = (ctx, args) => journaledCall(m, () => call(ctx, args));
    }
  }
  return table;
}

export const USER_NATIVE_NAMES = ['current_mm', 'mmap', 'munmap', 'mremap', 'mprotect', 'madvise', 'malloc', 'calloc', 'aligned_alloc', 'posix_memalign', 'free', ...USER_PROCESS_NATIVE_NAMES];

/**
 * What a runner (the selftest runner's SelftestProcess) needs to run each C function as the user
 * program of a fresh model's process: a new model per test, the user natives, the kernel C to
 * link (the fault path), and the call that makes a new thread current in the process.
 */
export function userProcess(kernelDir: string): {
  model(): MmModel;
  /**
   * With `base` (the runner's table, whose exit / _exit / abort end a test), those end a
   * forked child and call base's in the first process; without it they are left out, so the
   * runner's own stay in force everywhere.
   */
  natives(m: MmModel, base?: NativeTable): NativeTable;
  sources: string[];
  bindThread(m: MmModel, tid: number): void;
} {
  return {
    model: () => userProcessModel(),
    natives: (m, base) => {
      const t = userNatives(m, base);
      if (!base) {
        delete t.exit;
        delete t._exit;
        delete t.abort;
      }
      return t;
    },
    sources: userKernelSources(kernelDir),
    bindThread: (m, tid) => bindUserThread(m, tid, USER_PID),
  };
}
