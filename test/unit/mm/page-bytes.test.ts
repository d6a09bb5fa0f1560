// The bulk spans of a page's bytes (src/mm/page-bytes.ts) that copy_to_user, copy_from_user,
// memcpy_from_page and memcpy_to_page use: for any offset and length inside a page they read
// and write exactly the bytes the one-byte accesses do, leave every other byte alone, and
// note each changed word for the undo journal, so undoing the notes gives the page back.
// C memory's side (c-bytes.ts byteRun) takes only char buffers and refuses wider slots.

import * as assert from 'assert';
import fc from 'fast-check';
import { readPageByte, readPageSpan, writePageBytes, writePageSpan } from '../../../src/mm/page-bytes';
import { newPage } from '../../../src/mm/state';
import { byteRun, checkByteRun } from '../../../src/c/c-bytes';
import { ABSENT, undoSink } from '../../../src/c/undo-sink';
import { SimFault } from '../../../src/c/native';
import { UNINIT, type Value } from '../../../src/c/value';
import type { Regions } from '../../../src/c/memory';

/** A page whose bytes are `fill` (undefined: never written). */
function pageOf(fill: number[] | undefined) {
  const p = newPage(7, {});
  if (fill) for (let k = 0; k < fill.length; k++) writePageBytes(p, k, 1, BigInt(fill[k]));
  return p;
}

function bytesOf(p: ReturnType<typeof pageOf>): number[] {
  return Array.from({ length: 4096 }, (_, k) => readPageByte(p, k));
}

const span = fc.integer({ min: 0, max: 4096 }).chain((off) => fc.tuple(fc.constant(off), fc.integer({ min: 0, max: 4096 - off })));
const content = fc.option(fc.uint8Array({ minLength: 4096, maxLength: 4096 }).map((a) => Array.from(a)), { nil: undefined });

describe('page byte spans', () => {
  it('readPageSpan gives the bytes readPageByte gives, at any offset and length', () => {
    fc.assert(
      fc.property(content, span, (fill, [off, n]) => {
        const p = pageOf(fill);
        const got: number[] = [];
        readPageSpan(p, off, n, (k, b) => (got[k - 3] = b), 3);
        const want = Array.from({ length: n }, (_, j) => readPageByte(p, off + j));
        assert.deepStrictEqual(got, want);
      }),
      { numRuns: 200 },
    );
  });

  it('writePageSpan changes exactly [off, off + n) as one-byte stores would, and its notes undo it', () => {
    fc.assert(
      fc.property(content, span, fc.uint8Array({ minLength: 4096, maxLength: 4096 }), (fill, [off, n], src) => {
        const a = pageOf(fill);
        const b = pageOf(fill);
        const before = bytesOf(a);
        const log: unknown[] = [];
        undoSink.log = log;
        try {
          writePageSpan(a, off, n, (k) => src[k - 5], 5);
        } finally {
          undoSink.log = undefined;
        }
        for (let j = 0; j < n; j++) writePageBytes(b, off + j, 1, BigInt(src[j]));
        assert.deepStrictEqual(bytesOf(a), bytesOf(b));
        // Undo in reverse order, as the journal does.
        for (let i = log.length - 3; i >= 0; i -= 3) {
          const [o, k, old] = [log[i] as Record<string | number, unknown>, log[i + 1] as string | number, log[i + 2]];
          if (old === ABSENT) delete o[k];
          else o[k] = old;
        }
        assert.deepStrictEqual(bytesOf(a), before);
      }),
      { numRuns: 200 },
    );
  });
});

describe('byte runs of C memory', () => {
  const SCH = (b: number): bigint => BigInt.asIntN(8, BigInt(b));
  function mem(): Regions {
    return {
      1: { name: 'bounce', cells: [SCH(1), SCH(200), UNINIT, SCH(4)], layout: [0, 1, 2, 3], size: 4 },
      2: { name: 'ints', cells: [1n, 2n], layout: [0, 4], size: 8 },
      3: { name: 'raw', cells: [SCH(9), SCH(8)] },
      4: { name: 'gone', cells: [SCH(1)], freed: true },
    };
  }
  const at = (b: number, i: number): Value => ({ t: 'p', s: 'c', b, i });

  it('is a char buffer from the pointer on, or undefined (wider slots, past the end, freed, not C memory)', () => {
    const m = mem();
    assert.deepStrictEqual(byteRun(m, at(1, 1), 3)?.i, 1);
    assert.strictEqual(byteRun(m, at(3, 0), 2)?.r.name, 'raw');
    assert.strictEqual(byteRun(m, at(1, 1), 4), undefined);
    assert.strictEqual(byteRun(m, at(2, 0), 1), undefined);
    assert.strictEqual(byteRun(m, at(4, 0), 1), undefined);
    assert.strictEqual(byteRun(m, { t: 'p', s: 'u', b: 0, i: 4096 }, 1), undefined);
  });

  it('checkByteRun names the first uninitialized byte before any byte moves', () => {
    const m = mem();
    checkByteRun(m[1], 0, 2, 'copy_to_user');
    assert.throws(
      () => checkByteRun(m[1], 0, 4, 'copy_to_user'),
      (e: unknown) => e instanceof SimFault && e.kind === 'uninitialized' && /copy_to_user: read of uninitialized memory of 'bounce'/.test(e.message),
    );
  });
});
