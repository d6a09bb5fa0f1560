// The model's process table for user programs (issue 12 item 1): fork's new process (its mm
// copied by dup_mmap's rules, its malloc arena copied), exit's teardown of an address space
// (exit_mmap: every mapping zapped, page references and mapcounts given back, the page tables
// freed) and the zombie a parent's waitpid reaps. Why in the model: all of it is plain data in
// MmModel (procs, tasks, uheap, mms), so snapshots, hashing and time travel cover processes
// like pages. The threads themselves are the interpreter's (src/c/thread-fork.ts).

import { releaseVma } from './natives/vmops-split';
import { SimFault } from '../c/native';
import { cacheFlushRange } from './cache';
import { tableOfEntry } from './pte';
import { NO_TID, type MmModel, type MmState, type PageTable, type UserHeap, type UserProc } from './state';
import { flushTlbAddr } from './natives/cpu';
import { dupMm, exclusiveLocked, zapRange } from './natives/vmops';
import { shmemRelease } from './natives/shmem';
import { exitFiles } from './natives/user-files';

export { exclusiveLocked };

export const SIGABRT = 6;
export const SIGBUS = 7;
export const SIGKILL = 9;
export const SIGSEGV = 11;
export const SIGTERM = 15;

/**
 * The signal a user access fault (kind 'segv') delivers: SIGBUS when the fault path said so
 * (force_sigbus_adrerr: past the end of a mapped file), SIGSEGV otherwise. Every such message
 * starts with the signal's name (user-memory.ts, user-access.ts, natives/shmem-file.ts).
 */
export function faultSignal(message: string): number {
  return message.startsWith('SIGBUS') ? SIGBUS : SIGSEGV;
}

/** The wait key a parent sleeps on in waitpid until one of its children ends. */
export function waitKey(pid: number): string {
  return `wait:${pid}`;
}

/** The wait status of a process that called exit(code): the code's low 8 bits in bits 8..15. */
export function exitedStatus(code: bigint | number): number {
  return Number(BigInt.asUintN(8, BigInt(code))) << 8;
}

/** The wait status of a process a signal ended (WTERMSIG). */
export function signaledStatus(sig: number): number {
  return sig & 0x7f;
}

/** The process table entry of the first process `pid` (run by thread `tid`), made at its first fork. */
export function procOf(m: MmModel, pid: number, tid: number): UserProc {
  const procs = (m.procs ??= {});
  return (procs[pid] ??= { pid, ppid: 0, tid, state: 'run', root: true });
}

function copyHeap(h: UserHeap): UserHeap {
  const blocks: UserHeap['blocks'] = {};
  for (const [a, b] of Object.entries(h.blocks)) blocks[Number(a)] = { size: b.size, mmapped: b.mmapped };
  return { start: h.start, end: h.end, blocks, free: h.free.map(([a, n]) => [a, n] as [number, number]) };
}

/**
 * fork() of process `parentPid` as far as the model goes: the child's mm (dupMm, device-
 * exclusive entries restored first) and malloc arena. The caller makes the child's thread and
 * calls `addChild`.
 */
export function forkMm(m: MmModel, parentPid: number): MmState {
  const parent = m.mms[parentPid];
  if (!parent) throw new SimFault('bad-call', `fork: no process ${parentPid}`);
  if (parent.dying) throw new SimFault('model', `fork: process ${parentPid} is exiting`);
  const child = dupMm(m, parent, 'fork', true);
  const heap = m.uheap?.[parentPid];
  if (heap) (m.uheap ??= {})[child.pid] = copyHeap(heap);
  return child;
}

/** Enter the forked child `pid` (run by `tid`) in the table; its fork() has yet to return 0. */
export function addChild(m: MmModel, pid: number, ppid: number, tid: number): void {
  (m.procs ??= {})[pid] = { pid, ppid, tid, state: 'run', forkReturn: true };
  (m.tasks ??= {})[tid] = pid;
}

/** free_pgtables: the tables below the pgd, and their PTLs, are gone; the pgd is empty. */
function freeTables(m: MmModel, mm: MmState): void {
  const pgd = m.tables[mm.pgd];
  if (!pgd) return;
  const below: PageTable[] = [];
  const walk = (t: PageTable): void => {
    for (const v of Object.values(t.entries)) {
      const id = tableOfEntry(v);
      const c = id === undefined ? undefined : m.tables[id];
      if (!c) continue;
      below.push(c);
      if (c.level > 1) walk(c);
    }
  };
  walk(pgd);
  // A PTL still held (a thread in the kernel on this mm): the tables stay, empty.
  for (const t of below) {
    const o = t.ptl >= 0 ? m.objs[t.ptl] : undefined;
    if (o && o.kind === 'spinlock' && o.holder !== NO_TID) return;
  }
  for (const t of below) {
    if (t.ptl >= 0) delete m.objs[t.ptl];
    delete m.tables[t.id];
  }
  for (const k of Object.keys(pgd.entries)) delete pgd.entries[Number(k)];
}

/**
 * exit_mmap: every VMA of `mm` unmapped (zapRange gives each mapped page its reference and
 * mapcount back and tells device mirrors), the TLBs and caches flushed, the page tables freed.
 * The mm stays in the table as a dead process (dying: mmget_not_zero fails).
 */
export function exitMmap(m: MmModel, mm: MmState): void {
  mm.dying = true;
  cacheFlushRange(m, mm.pid, 0, Infinity);
  for (const v of mm.vmas) {
    zapRange(m, mm, v.start, v.end);
    releaseVma(m, v);
  }
  mm.vmas = [];
  flushTlbAddr(m, mm.pid, 0, Infinity);
  freeTables(m, mm);
  // The shmem objects only this process mapped go with it.
  shmemRelease(m);
}

/**
 * Process `pid` ends with wait status `status`: its address space is torn down, it becomes a
 * zombie for its parent (or is reaped at once without one), its own children are orphaned.
 * Returns the parent's pid to wake (0: none).
 */
export function exitProcess(m: MmModel, pid: number, status: number): number {
  const p = m.procs?.[pid];
  if (!p || p.state !== 'run') return 0;
  const mm = m.mms[pid];
  if (mm && !mm.dying) exitMmap(m, mm);
  if (m.uheap?.[pid]) delete m.uheap[pid];
  exitFiles(m, pid);
  // Every thread of the process (its first one, those pthread_create made) runs none now.
  for (const [tid, q] of Object.entries(m.tasks ?? {})) if (q === pid) delete m.tasks![Number(tid)];
  p.status = status;
  delete p.forkReturn;
  const parent = p.ppid ? m.procs?.[p.ppid] : undefined;
  p.state = parent && parent.state === 'run' ? 'zombie' : 'reaped';
  for (const c of Object.values(m.procs ?? {})) {
    if (c.ppid !== pid) continue;
    // Reparented to init, which reaps them.
    c.ppid = 0;
    if (c.state === 'zombie') c.state = 'reaped';
  }
  return p.state === 'zombie' ? p.ppid : 0;
}

/** The children of `ppid` waitpid(`pid`) may report: one pid, or any (-1, 0, < -1: no process groups). */
export function waitableChildren(m: MmModel, ppid: number, pid: number): UserProc[] {
  return Object.values(m.procs ?? {}).filter((c) => c.ppid === ppid && c.state !== 'reaped' && (pid <= 0 || c.pid === pid));
}
