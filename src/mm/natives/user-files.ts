// The descriptor tables of user processes (issue 12 item 1: the kernel's selftests open
// /dev/hmm_dmirror* and then fork): Linux's files_struct, as plain data of the model, so that
// fork copies a table at the very moment of the fork (dup_fd: the child shares every open
// file, each one's count goes up), the threads of a process share theirs (it is keyed by the
// process, not by the thread), and exit drops its references (exit_files). The open files
// themselves are the C objects kernel/fs/chrdev_syscalls.c makes (struct file, kzalloc'd);
// the model only holds pointers to them and how many descriptors of all processes refer to
// each. A file whose last descriptor goes at an exit is released by the C side at its next
// system call (fd_reap: natives cannot call the driver's ->release) — later than Linux, which
// releases it during the exit, with the same calls.
// Descriptors start at 3 (0-2 are the stdio streams, which have no file here) and end below
// NR_OPEN (1024, RLIMIT_NOFILE's usual soft limit).

import type { NativeCtx, NativeTable } from '../../c/native';
import { NULL, type Ptr, type Value } from '../../c/value';
import type { MmModel, UserFiles } from '../state';
import { taskPid } from '../user-memory';
import { argInt, fault } from './util';
import { cKey } from './driver-state';

const FD_FIRST = 3;
const NR_OPEN = 1024;
const EBADF = 9n;
const EMFILE = 24n;

function files(m: MmModel): UserFiles {
  return (m.files ??= { tables: {}, count: {}, reap: [] });
}

function filePtr(fn: string, v: Value | undefined): Ptr {
  if (typeof v !== 'object' || v.t !== 'p' || v.s !== 'c') fault('bad-call', `${fn}: argument 1 is not a struct file`);
  return v;
}

function fd(fn: string, args: Value[]): number {
  return Number(BigInt.asIntN(32, argInt(fn, args, 0)));
}

/** The calling process's table (made at its first use). */
function table(m: MmModel, ctx: NativeCtx): Record<number, Ptr> {
  const f = files(m);
  return (f.tables[taskPid(m, ctx.tid)] ??= {});
}

/** dup_fd at fork: the child's table is the parent's, every file one descriptor more. */
export function dupFiles(m: MmModel, parentPid: number, childPid: number): void {
  const f = m.files;
  const t = f?.tables[parentPid];
  if (!f || !t) return;
  f.tables[childPid] = { ...t };
  for (const p of Object.values(t)) f.count[cKey(p)] = (f.count[cKey(p)] ?? 0) + 1;
}

/** exit_files: process `pid`'s descriptors go; a file that loses its last one waits for fd_reap. */
export function exitFiles(m: MmModel, pid: number): void {
  const f = m.files;
  const t = f?.tables[pid];
  if (!f || !t) return;
  for (const p of Object.values(t)) dropRef(f, p, true);
  delete f.tables[pid];
}

/** One descriptor less on file p; true when it was the last (queued for release with `queue`). */
function dropRef(f: UserFiles, p: Ptr, queue: boolean): boolean {
  const k = cKey(p);
  const n = (f.count[k] ?? 1) - 1;
  if (n > 0) {
    f.count[k] = n;
    return false;
  }
  delete f.count[k];
  if (queue) f.reap.push(p);
  return true;
}

export function userFilesNatives(m: MmModel): NativeTable {
  return {
    fd_install_new(ctx, args) {
      // int fd_install_new(struct file *file): the lowest free descriptor for a file just
      // opened (one descriptor), or -EMFILE.
      const p = filePtr('fd_install_new', args[0]);
      const t = table(m, ctx);
      let n = FD_FIRST;
      while (t[n] !== undefined) n++;
      if (n >= NR_OPEN) return -EMFILE;
      t[n] = p;
      files(m).count[cKey(p)] = 1;
      return BigInt(n);
    },
    fd_file(ctx, args) {
      // struct file *fd_file(int fd): the calling process's open file `fd`, or NULL.
      return table(m, ctx)[fd('fd_file', args)] ?? NULL;
    },
    fd_close(ctx, args) {
      // long fd_close(int fd): the descriptor goes; 1 if its file lost its last descriptor
      // (the caller releases it), 0 if others still refer to it, -EBADF if fd is not open.
      const n = fd('fd_close', args);
      const t = table(m, ctx);
      const p = t[n];
      if (p === undefined) return -EBADF;
      delete t[n];
      return dropRef(files(m), p, false) ? 1n : 0n;
    },
    fd_reap() {
      // struct file *fd_reap(void): a file an exit left without descriptors, to release; NULL when none.
      const f = m.files;
      return f && f.reap.length ? f.reap.shift()! : NULL;
    },
  };
}

export const USER_FILES_NATIVE_NAMES = ['fd_install_new', 'fd_file', 'fd_close', 'fd_reap'];
