// mmap(2) of a descriptor whose file has an f_op->mmap (issue 12: hmm-tests' mixedmap maps
// /dev/hmm_dmirror<N>, whose lib/test_hmm.c dmirror_fops_mmap fills the vma with pages of its
// own through vm_insert_page). Linux: do_mmap checks the file (-ENODEV without ->mmap, -EACCES
// for an access mode that does not allow the mapping), mmap_region makes the vma (vm_flags of
// the protection plus VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC, vm_page_prot read-only for a
// private or read-only mapping, vm_ops not NULL: not anonymous, no anon_vma) and calls
// call_mmap -> file->f_op->mmap(file, vma); when that fails, unmap_region takes back what the
// driver mapped and the vma is freed, and mmap returns the error.
//
// Why a file of its own: the native mmap (user-mman.ts) cannot call the driver's C, so it asks
// the machine to (an upcall, native.ts) and is called again when that C returns; the upcall's
// own value is dropped, so the C (kernel/fs/chrdev_syscalls.c chrdev_call_mmap) hands ->mmap's
// return back through the native mmap_file_result. How far the call got is plain data here
// (per thread, on the model), so snapshots, time travel and the undo journal carry it.
//
// Simplified: the vma is in the mm's list while ->mmap runs (Linux links it after; nothing else
// runs in between here); vma->vm_file holds no reference on the file (a close before munmap
// releases it at once; Linux releases it at the munmap); /dev/zero's mmap_zero is done by the
// native itself (anonymous memory, or shmem for MAP_SHARED), since zero_fops has no C ->mmap.

import { upcall, type NativeCtx, type NativeTable, type Upcall } from '../../c/native';
import { isPtr, objPtr, type Ptr, type Value } from '../../c/value';
import type { MmModel, MmState } from '../state';
import { VM_EXEC, VM_READ, VM_SHARED, VM_WRITE } from '../state';
import { slot } from './driver-state';
import { fault, hexn } from './util';

/** mmstep's C that calls file->f_op->mmap(file, vma) (kernel/fs/chrdev_syscalls.c). */
export const CALL_MMAP = 'chrdev_call_mmap';

export const VM_MAYREAD = 0x10;
export const VM_MAYWRITE = 0x20;
export const VM_MAYEXEC = 0x40;
export const VM_MAYSHARE = 0x80;
export const VM_PFNMAP = 0x400;
export const VM_MIXEDMAP = 0x10000000;

/** MKDEV(1, 5): /dev/zero (drivers/char/mem.c), whose mmap_zero makes anonymous memory. */
export const DEV_ZERO_RDEV = (1 << 20) | 5;

const O_ACCMODE = 3;
const O_WRONLY = 1;
const O_RDWR = 2;

declare module '../state' {
  interface MmModel {
    /** Per thread: an mmap whose vma is made and whose file's ->mmap is running or has returned. */
    fileMmaps?: Record<number, FileMmapCall>;
  }
}

export interface FileMmapCall {
  pid: number;
  start: number;
  end: number;
  /** What ->mmap returned (mmap_file_result); absent while it runs. */
  ret?: number;
}

/** What do_mmap reads of an open file (struct file and its f_op, in C memory: chardev.h's layout). */
export interface OpenFile {
  /** The C function f_op->mmap points at, if any. */
  mmap?: string;
  /** f_flags & O_ACCMODE. */
  accmode: number;
  /** f_inode->i_rdev. */
  rdev: number;
}

function loadPtr(ctx: NativeCtx, p: Ptr): Ptr | undefined {
  const v = ctx.load(p);
  return isPtr(v) && v.s !== 'null' ? v : undefined;
}

/**
 * file->f_op (slot 0), its ->mmap (struct file_operations slot 4: owner, llseek,
 * unlocked_ioctl, compat_ioctl, mmap), f_flags (slot 3) and f_inode (slot 2)->i_rdev (slot 0).
 */
export function openFile(ctx: NativeCtx, file: Ptr): OpenFile {
  const fop = loadPtr(ctx, slot(file, 0));
  if (!fop) fault('bad-call', 'mmap: the open file has no f_op');
  const f = ctx.load(slot(fop, 4));
  const flags = ctx.load(slot(file, 3));
  const inode = loadPtr(ctx, slot(file, 2));
  const rdev = inode ? ctx.load(slot(inode, 0)) : 0n;
  return {
    ...(typeof f === 'object' && f.t === 'f' ? { mmap: f.name } : {}),
    accmode: typeof flags === 'bigint' ? Number(flags) & O_ACCMODE : 0,
    rdev: typeof rdev === 'bigint' ? Number(rdev) : 0,
  };
}

/**
 * do_mmap's vm_flags for a file mapping with `prot` (PROT_READ 1, WRITE 2, EXEC 4), or the
 * errno it fails with: MAP_SHARED needs the file open for writing to be writable (without it
 * the mapping cannot become writable: no VM_MAYWRITE, no VM_SHARED); any mapping needs it open
 * for reading.
 */
export function fileVmFlags(prot: bigint, shared: boolean, accmode: number): number | 'EACCES' {
  let flags = (prot & 1n ? VM_READ : 0) | (prot & 2n ? VM_WRITE : 0) | (prot & 4n ? VM_EXEC : 0);
  flags |= VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC;
  if (accmode === O_WRONLY) return 'EACCES';
  if (shared) {
    if (prot & 2n && accmode !== O_RDWR) return 'EACCES';
    flags |= VM_SHARED | VM_MAYSHARE;
    if (accmode !== O_RDWR) flags &= ~(VM_MAYWRITE | VM_SHARED);
  }
  return flags;
}

/**
 * The vma [start, end) of mm is made (by the caller, with `flags`): ->mmap runs next, as the
 * upcall returned here; the native is called again when it has returned.
 */
export function callMmap(m: MmModel, ctx: NativeCtx, mm: MmState, start: number, end: number, flags: number, file: Ptr): Upcall {
  const vma = mm.vmas.find((v) => v.start === start && v.end === end);
  if (!vma) fault('model', `mmap: no vma at ${hexn(start)}-${hexn(end)} for the file's ->mmap`);
  vma.flags = flags;
  (m.fileMmaps ??= {})[ctx.tid] = { pid: mm.pid, start, end };
  return upcall(CALL_MMAP, [file, objPtr(vma.obj)]);
}

/** The call of this thread whose ->mmap has returned, if any (the native mmap is called again). */
export function pendingMmap(m: MmModel, ctx: NativeCtx): FileMmapCall | undefined {
  const p = m.fileMmaps?.[ctx.tid];
  if (p && p.ret === undefined) fault('model', `mmap: called again while the file's ->mmap of ${hexn(p.start)}-${hexn(p.end)} has not returned`);
  return p;
}

/** The call is over (mapped, or its vma taken back). */
export function endMmap(m: MmModel, ctx: NativeCtx): void {
  if (m.fileMmaps) delete m.fileMmaps[ctx.tid];
}

export function fileMmapNatives(m: MmModel): NativeTable {
  return {
    mmap_file_result(ctx, args) {
      // void mmap_file_result(int ret): what file->f_op->mmap returned, for the native mmap.
      const p = m.fileMmaps?.[ctx.tid];
      if (!p) fault('bad-call', 'mmap_file_result: no mmap of this thread is calling a file\'s ->mmap');
      const v: Value | undefined = args[0];
      if (typeof v !== 'bigint') fault('bad-call', 'mmap_file_result: the return value is not an integer');
      p.ret = Number(BigInt.asIntN(32, v));
    },
  };
}
