// The kernel's string functions (lib/string.c, include/linux/string.h) and the sprintf family
// (lib/vsprintf.c) as natives of the interpreter's C runtime (issue 8 item 4), over char arrays
// (c-bytes.ts). Kernel semantics where they differ from libc: strscpy returns the number of
// characters copied or -E2BIG when the source did not fit (the copy is still NUL-terminated);
// scnprintf returns what it wrote, not what it would have written. Formatting is printf.ts's.

import { SimFault, type NativeImpl, type NativeTable } from './native';
import type { Regions } from './memory';
import { formatC, readCString } from './printf';
import { bytePtr, view } from './c-bytes';
import { NULL, type Value } from './value';

const E2BIG = 7n;

function num(v: Value, who: string): bigint {
  if (typeof v !== 'bigint') throw new SimFault('uninitialized', `${who}: a size or character argument is not an integer`);
  return v;
}

/** A count argument as a JS number (size_t), refusing sizes no object can have. */
function count(v: Value, who: string): number {
  const n = BigInt.asUintN(64, num(v, who));
  return n > 1n << 40n ? Infinity : Number(n);
}

const sign = (d: number): bigint => (d < 0 ? -1n : d > 0 ? 1n : 0n);

export function strNatives(getMem: () => Regions): NativeTable {
  const strlen: NativeImpl = (_c, a) => BigInt(view(getMem(), a[0], 'strlen').strlen());
  const strnlen: NativeImpl = (_c, a) => BigInt(view(getMem(), a[0], 'strnlen').strlen(count(a[1], 'strnlen')));
  const cmp = (who: string, max: number) => (a: Value, b: Value): bigint => {
    const x = view(getMem(), a, who);
    const y = view(getMem(), b, who);
    for (let k = 0; k < max; k++) {
      const cx = x.get(k);
      const cy = y.get(k);
      if (cx !== cy) return sign(cx - cy);
      if (cx === 0) return 0n;
    }
    return 0n;
  };
  const strcmp: NativeImpl = (_c, a) => cmp('strcmp', Infinity)(a[0], a[1]);
  const strncmp: NativeImpl = (_c, a) => cmp('strncmp', count(a[2], 'strncmp'))(a[0], a[1]);
  const strcpy: NativeImpl = (_c, a) => {
    const src = view(getMem(), a[1], 'strcpy');
    const n = src.strlen();
    const bytes = Array.from({ length: n + 1 }, (_, k) => (k < n ? src.get(k) : 0));
    view(getMem(), a[0], 'strcpy').write(bytes);
    return a[0];
  };
  const strncpy: NativeImpl = (_c, a) => {
    // Copies at most n bytes and pads with NULs up to n; no NUL when the source is longer.
    const n = count(a[2], 'strncpy');
    const src = view(getMem(), a[1], 'strncpy');
    const len = src.strlen(n);
    const bytes = Array.from({ length: n }, (_, k) => (k < len ? src.get(k) : 0));
    view(getMem(), a[0], 'strncpy').write(bytes);
    return a[0];
  };
  const strscpy: NativeImpl = (_c, a) => {
    const size = count(a[2], 'strscpy');
    if (size === 0) return -E2BIG;
    const src = view(getMem(), a[1], 'strscpy');
    const len = src.strlen(size);
    const dst = view(getMem(), a[0], 'strscpy');
    const n = Math.min(len, size - 1);
    const bytes = Array.from({ length: n + 1 }, (_, k) => (k < n ? src.get(k) : 0));
    dst.write(bytes);
    return len >= size ? -E2BIG : BigInt(n);
  };
  const strcat: NativeImpl = (_c, a) => {
    const dst = view(getMem(), a[0], 'strcat');
    const src = view(getMem(), a[1], 'strcat');
    const at = dst.strlen();
    const n = src.strlen();
    dst.write(Array.from({ length: n + 1 }, (_, k) => (k < n ? src.get(k) : 0)), at);
    return a[0];
  };
  const strchr: NativeImpl = (_c, a) => {
    const s = view(getMem(), a[0], 'strchr');
    const c = Number(BigInt.asUintN(8, num(a[1], 'strchr')));
    for (let k = 0; ; k++) {
      const b = s.get(k);
      if (b === c) return bytePtr(a[0], k);
      if (b === 0) return NULL;
    }
  };
  const strrchr: NativeImpl = (_c, a) => {
    const s = view(getMem(), a[0], 'strrchr');
    const c = Number(BigInt.asUintN(8, num(a[1], 'strrchr')));
    let hit = -1;
    for (let k = 0; ; k++) {
      const b = s.get(k);
      if (b === c) hit = k;
      if (b === 0) return hit >= 0 ? bytePtr(a[0], hit) : NULL;
    }
  };
  const strstr: NativeImpl = (_c, a) => {
    const s = view(getMem(), a[0], 'strstr');
    const w = view(getMem(), a[1], 'strstr');
    const n = s.strlen();
    const m = w.strlen();
    for (let k = 0; k + m <= n; k++) {
      let j = 0;
      while (j < m && s.get(k + j) === w.get(j)) j++;
      if (j === m) return bytePtr(a[0], k);
    }
    return NULL;
  };
  const format = (fmt: Value, args: Value[]): Uint8Array => new TextEncoder().encode(formatC(getMem(), readCString(getMem(), fmt), args));
  const sprintf: NativeImpl = (_c, a) => {
    const bytes = format(a[1], a.slice(2));
    view(getMem(), a[0], 'sprintf').write([...bytes, 0]);
    return BigInt(bytes.length);
  };
  /** Writes at most size-1 bytes and a NUL; returns [would-be length, written]. */
  const bounded = (who: string, a: Value[]): [number, number] => {
    const size = count(a[1], who);
    const bytes = format(a[2], a.slice(3));
    if (size === 0) return [bytes.length, 0];
    const n = Math.min(bytes.length, size - 1);
    view(getMem(), a[0], who).write([...bytes.slice(0, n), 0]);
    return [bytes.length, n];
  };
  const snprintf: NativeImpl = (_c, a) => BigInt(bounded('snprintf', a)[0]);
  const scnprintf: NativeImpl = (_c, a) => BigInt(bounded('scnprintf', a)[1]);
  return { strlen, strnlen, strcmp, strncmp, strcpy, strncpy, strscpy, strcat, strchr, strrchr, strstr, sprintf, snprintf, scnprintf, __builtin_strlen: strlen };
}

export const STR_NATIVE_NAMES = ['strlen', 'strnlen', 'strcmp', 'strncmp', 'strcpy', 'strncpy', 'strscpy', 'strcat', 'strchr', 'strrchr', 'strstr', 'sprintf', 'snprintf', 'scnprintf', '__builtin_strlen'];
