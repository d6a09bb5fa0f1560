// The page cache of tmpfs files (issue 12: hmm-tests' file_read, file_write and
// migrate_file_private create their file with open("/tmp", O_TMPFILE | O_RDWR) and ftruncate).
// The file's struct file and its file_operations are C (kernel/fs/tmpfs_file.c: read, write,
// llseek, release dispatch as for a device); what is model state is here: the file is a shmem
// object (shmem.ts: page offset -> pfn, the page cache's reference as the page's extraRefs, a
// file rmap) with an i_size, keyed by its struct file. The natives:
//   shmem_file_setup(file, flags)        a new empty object for a file just opened
//   shmem_file_size(file)                i_size
//   shmem_file_set_size(file, size)      ftruncate / a write past the end: shrinking drops the
//                                        pages past the new end and zeroes the tail of the
//                                        last one (truncate_inode_pages_range)
//   shmem_file_page(file, index, create) the page-cache page (shmem_get_folio), or NULL
//   shmem_file_release(file)             the last descriptor is gone: the object lives on
//                                        while a mapping refers to it, then is freed
//   shmem_copy_page_to_user / _from_user copy_page_to_iter / copy_page_from_iter of one
//                                        page's bytes with user memory (or a C char buffer)
// Simplified: truncating pages that are still mapped is not modelled (Linux unmaps them
// first, unmap_mapping_range); it stops the run with that reason.

import type { NativeCtx, NativeTable, UserTrap } from '../../c/native';
import { SCHAR } from '../../c/c-bytes';
import { NULL, pagePtr, type Ptr, type Value } from '../../c/value';
import type { MmModel } from '../state';
import { createUserMemory } from '../user-memory';
import { readPageBytes, writePageBytes } from '../page-bytes';
import { touchPage } from '../dirty';
import { noteWrite } from '../../c/undo-sink';
import { cKey } from './driver-state';
import { shmemDropPage, shmemGetPage, shmemRelease, shmemState } from './shmem';
import { argInt, argPage, fault } from './util';

const PAGE = 4096;

function filePtr(fn: string, v: Value | undefined): Ptr {
  if (typeof v !== 'object' || v.t !== 'p' || v.s !== 'c') fault('bad-call', `${fn}: argument 1 is not a struct file`);
  return v;
}

/** The object of a tmpfs file's struct file, or undefined. */
export function shmemFileObj(m: MmModel, file: Ptr): number | undefined {
  const s = m.shmem;
  if (!s) return undefined;
  const k = cKey(file);
  for (const [id, o] of Object.entries(s.objs)) if (o.file === k) return Number(id);
  return undefined;
}

function objOf(m: MmModel, fn: string, v: Value | undefined): number {
  const id = shmemFileObj(m, filePtr(fn, v));
  if (id === undefined) fault('bad-call', `${fn}: the struct file is not a tmpfs file`);
  return id;
}

/** offset and length inside one page. */
function inPage(fn: string, args: Value[], i: number, j: number): { off: number; len: number } {
  const off = Number(argInt(fn, args, i));
  const len = Number(argInt(fn, args, j));
  if (!(off >= 0 && len >= 0 && off + len <= PAGE)) fault('bad-call', `${fn}: offset ${off} + length ${len} is not inside one page`);
  return { off, len };
}

/** Copy len bytes between page[off..] and the buffer buf (user memory, or a C char array). */
function copyPage(m: MmModel, ctx: NativeCtx, fn: string, buf: Value | undefined, pfn: number, off: number, len: number, toUser: boolean): bigint | UserTrap {
  if (typeof buf !== 'object' || buf.t !== 'p' || buf.s === 'null') fault('null-deref', `${fn}: NULL buffer`);
  const page = m.pages[pfn];
  if (buf.s === 'u') {
    const u = createUserMemory(m);
    const t = u.probe(ctx.tid, ctx.cpu, buf.i, len, toUser);
    if (t) return t;
    let k = 0;
    for (; k + 8 <= len; k += 8) {
      if (toUser) u.write(ctx.tid, ctx.cpu, buf.i + k, 8, readPageBytes(page, off + k, 8));
      else writePageBytes(page, off + k, 8, u.read(ctx.tid, ctx.cpu, buf.i + k, 8) as bigint);
    }
    for (; k < len; k++) {
      if (toUser) u.write(ctx.tid, ctx.cpu, buf.i + k, 1, readPageBytes(page, off + k, 1));
      else writePageBytes(page, off + k, 1, u.read(ctx.tid, ctx.cpu, buf.i + k, 1) as bigint);
    }
  } else if (buf.s === 'c') {
    const q: Ptr = { ...buf };
    for (let k = 0; k < len; k++) {
      q.i = buf.i + k;
      if (toUser) ctx.store(q, SCHAR[Number(readPageBytes(page, off + k, 1))]);
      else {
        const b = ctx.load(q);
        if (typeof b !== 'bigint') fault('uninitialized', `${fn}: byte ${k} of the source is not an initialized byte (a C buffer is copied as a char array)`);
        writePageBytes(page, off + k, 1, BigInt.asUintN(8, b));
      }
    }
  } else fault('bad-call', `${fn}: the buffer is neither user memory nor C memory`);
  if (!toUser) {
    noteWrite(page, 'dirty');
    page.dirty = true;
    touchPage(m, pfn);
  }
  return 0n;
}

export function shmemFileNatives(m: MmModel): NativeTable {
  return {
    shmem_file_setup(ctx, args) {
      // int shmem_file_setup(struct file *file, unsigned int flags): an empty tmpfs inode.
      const file = filePtr('shmem_file_setup', args[0]);
      const s = shmemState(m);
      const obj = s.next++;
      s.objs[obj] = { pages: {}, npages: 0, file: cKey(file), size: 0, open: true, flags: Number(argInt('shmem_file_setup', args, 1)) };
      return 0n;
    },
    shmem_file_size(ctx, args) {
      return BigInt(shmemState(m).objs[objOf(m, 'shmem_file_size', args[0])].size ?? 0);
    },
    shmem_file_set_size(ctx, args) {
      // int shmem_file_set_size(struct file *file, long long size): i_size = size.
      const id = objOf(m, 'shmem_file_set_size', args[0]);
      const size = Number(BigInt.asIntN(64, argInt('shmem_file_set_size', args, 1)));
      const o = shmemState(m).objs[id];
      const old = o.size ?? 0;
      if (size < old) {
        const keep = Math.ceil(size / PAGE);
        for (const index of Object.keys(o.pages).map(Number)) {
          if (index < keep) continue;
          const page = m.pages[o.pages[index]];
          if (page && !page.freed && page.mapcount > 0) fault('unsupported', `ftruncate: page ${index} of the tmpfs file is still mapped (unmap_mapping_range on truncation is not modelled)`);
          shmemDropPage(m, id, index, 'truncate_inode_pages');
        }
        // truncate_inode_partial_folio: the bytes past the end in the last page read as zero.
        const tail = o.pages[keep - 1];
        if (size % PAGE && tail !== undefined && m.pages[tail]) {
          for (let b = size % PAGE; b < PAGE; b++) writePageBytes(m.pages[tail], b, 1, 0n);
          touchPage(m, tail);
        }
      }
      o.size = size;
      o.npages = Math.ceil(size / PAGE);
      return 0n;
    },
    shmem_file_page(ctx, args) {
      // struct page *shmem_file_page(struct file *file, unsigned long index, int create):
      // the page-cache page (the page cache's reference holds it), a new zeroed one with
      // create, NULL for a hole.
      const id = objOf(m, 'shmem_file_page', args[0]);
      const index = Number(argInt('shmem_file_page', args, 1));
      const page = shmemGetPage(m, id, index, argInt('shmem_file_page', args, 2) !== 0n);
      return page ? pagePtr(page.pfn) : NULL;
    },
    shmem_file_release(ctx, args) {
      // void shmem_file_release(struct file *file): the file's last descriptor is gone.
      const id = objOf(m, 'shmem_file_release', args[0]);
      const o = shmemState(m).objs[id];
      o.open = false;
      o.file = undefined;
      shmemRelease(m);
    },
    force_sigbus_adrerr(ctx, args) {
      // void force_sigbus_adrerr(unsigned long addr): the fault of a user access at addr ended
      // in VM_FAULT_SIGBUS (a file page at or past i_size): the task dies of SIGBUS here.
      const addr = Number(argInt('force_sigbus_adrerr', args, 0));
      fault('segv', `SIGBUS: the access to 0x${addr.toString(16)} is past the end of the mapped file (BUS_ADRERR)`);
    },
    shmem_copy_page_to_user(ctx, args) {
      // long shmem_copy_page_to_user(char *buf, struct page *page, unsigned long off, unsigned long len)
      const page = argPage(m, 'shmem_copy_page_to_user', args, 1);
      const { off, len } = inPage('shmem_copy_page_to_user', args, 2, 3);
      return copyPage(m, ctx, 'shmem_copy_page_to_user', args[0], page.pfn, off, len, true);
    },
    shmem_copy_page_from_user(ctx, args) {
      // long shmem_copy_page_from_user(struct page *page, unsigned long off, const char *buf, unsigned long len)
      const page = argPage(m, 'shmem_copy_page_from_user', args, 0);
      const { off, len } = inPage('shmem_copy_page_from_user', args, 1, 3);
      return copyPage(m, ctx, 'shmem_copy_page_from_user', args[2], page.pfn, off, len, false);
    },
  };
}
