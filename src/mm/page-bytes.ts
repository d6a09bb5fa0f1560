// The bytes of a page as user programs and drivers see them (issue 12): 1024 numbers, the
// page's little-endian 32-bit words, created at the first store — plain data, so snapshots,
// hashing and time travel stay exact, and an aligned int is one array element. Besides the
// single accesses of a user load or store (user-memory.ts) there are spans for bulk copies
// (copy_to_user, memcpy_from_page): a word at a time instead of a BigInt per 8 bytes.

import type { PageState } from './state';
import { noteWrite, undoSink } from '../c/undo-sink';

const PAGE = 4096;
const WORDS = PAGE / 4;

/** The byte at `off` of a page (0 for a page never written). */
function byteAt(d: number[] | undefined, off: number): number {
  return d === undefined ? 0 : (d[off >> 2] >>> ((off & 3) * 8)) & 0xff;
}

/** The byte at `off` of a page, as a number (0 for a page never written). */
export function readPageByte(page: PageState | undefined, off: number): number {
  return byteAt(page?.data, off);
}

/** `size` bytes at `off` (inside the page), little-endian, unsigned. */
export function readPageBytes(page: PageState | undefined, off: number, size: number): bigint {
  const d = page?.data;
  if (d === undefined) return 0n;
  if ((off & 3) === 0) {
    if (size === 4) return BigInt(d[off >> 2]);
    if (size === 8) return BigInt(d[off >> 2]) | (BigInt(d[(off >> 2) + 1]) << 32n);
  }
  let v = 0n;
  for (let k = size - 1; k >= 0; k--) v = (v << 8n) | BigInt(byteAt(d, off + k));
  return v;
}

/**
 * About to write o[k] outside a native (a user load or store runs in the interpreter, not
 * behind the model's write barrier, undo-membrane.ts): journal the old value, as C memory's
 * write paths do. Costs one test when no journal records.
 */
export function note(o: object, k: string | number): void {
  if (undoSink.log === undefined) return;
  noteWrite(o, k);
  undoSink.model = true;
}

/** The page's words, created (zeroed) at the first store. */
export function words(page: PageState): number[] {
  if (page.data === undefined) {
    note(page, 'data');
    page.data = new Array<number>(WORDS).fill(0);
  }
  return page.data;
}

export function setWord(d: number[], k: number, w: number): void {
  note(d, k);
  d[k] = w >>> 0;
}

/** Store `size` bytes of `v` (little-endian) at `off` inside the page. */
export function writePageBytes(page: PageState, off: number, size: number, v: bigint): void {
  const d = words(page);
  if ((off & 3) === 0 && (size === 4 || size === 8)) {
    setWord(d, off >> 2, Number(v & 0xffffffffn));
    if (size === 8) setWord(d, (off >> 2) + 1, Number((v >> 32n) & 0xffffffffn));
    return;
  }
  for (let k = 0; k < size; k++) {
    const at = off + k;
    const sh = (at & 3) * 8;
    const b = Number((v >> BigInt(8 * k)) & 0xffn);
    setWord(d, at >> 2, (d[at >> 2] & ~(0xff << sh)) | (b << sh));
  }
}

/** copy_highpage / folio_copy / the device's copy engine: the bytes go with the tag. */
export function copyPageData(dst: PageState, src: PageState): void {
  if (src.data === undefined && dst.data === undefined) return;
  dst.data = src.data === undefined ? undefined : src.data.slice();
}

/** clear_highpage, a freshly handed-out device page: all zero again. */
export function clearPageData(page: PageState): void {
  if (page.data === undefined) return;
  page.data = undefined;
}


// ---- spans (bulk copies) --------------------------------------------------------------------

/** Bytes [off, off + n) of a page (inside it) to put(k0 + j, byte j); zeros for a page never written. */
export function readPageSpan(page: PageState | undefined, off: number, n: number, put: (k: number, b: number) => void, k0: number): void {
  const d = page?.data;
  let j = 0;
  if (d === undefined) {
    for (; j < n; j++) put(k0 + j, 0);
    return;
  }
  for (; j < n && ((off + j) & 3) !== 0; j++) put(k0 + j, byteAt(d, off + j));
  for (; j + 4 <= n; j += 4) {
    const w = d[(off + j) >> 2];
    const k = k0 + j;
    put(k, w & 0xff);
    put(k + 1, (w >>> 8) & 0xff);
    put(k + 2, (w >>> 16) & 0xff);
    put(k + 3, w >>> 24);
  }
  for (; j < n; j++) put(k0 + j, byteAt(d, off + j));
}

/** Store get(k0 + j) as byte off + j of the page, for j < n (inside the page). */
export function writePageSpan(page: PageState, off: number, n: number, get: (k: number) => number, k0: number): void {
  const d = words(page);
  let j = 0;
  const one = (at: number, b: number): void => {
    const sh = (at & 3) * 8;
    setWord(d, at >> 2, (d[at >> 2] & ~(0xff << sh)) | ((b & 0xff) << sh));
  };
  for (; j < n && ((off + j) & 3) !== 0; j++) one(off + j, get(k0 + j));
  for (; j + 4 <= n; j += 4) {
    const k = k0 + j;
    setWord(d, (off + j) >> 2, (get(k) & 0xff) | ((get(k + 1) & 0xff) << 8) | ((get(k + 2) & 0xff) << 16) | ((get(k + 3) & 0xff) << 24));
  }
  for (; j < n; j++) one(off + j, get(k0 + j));
}
