// Pointers converted to integers and back (memory.ts ptrToInt / intToPtr): each space has its
// fake kernel address range. A C object's address round-trips for ids beyond 65,536 — hmm-tests'
// migrate_multiple makes about 77,000 C objects before its ioctl's `(void __user *)arg` of a
// stack struct (was "does not point at anything the simulator knows") — and an id past the
// range is a fault, not a pointer into another space.

import * as assert from 'assert';
import { intToPtr, ptrToInt } from '../../../src/c/memory';
import { SimFault } from '../../../src/c/native';
import type { Ptr } from '../../../src/c/value';

const c = (b: number, i: number): Ptr => ({ t: 'p', s: 'c', b, i });

describe('pointer ↔ integer conversions', () => {
  it('a C object pointer round-trips, also past 65,536 objects', () => {
    for (const b of [1, 65535, 65536, 76767, (1 << 20) - 1]) {
      for (const i of [0, 5, 131071]) {
        const v = ptrToInt(c(b, i));
        assert.deepStrictEqual(intToPtr(v), c(b, i), `b ${b} i ${i}: 0x${v.toString(16)}`);
      }
    }
  });

  it('the other spaces keep their ranges: page, page table, user', () => {
    const page: Ptr = { t: 'p', s: 'page', b: 0x1234, i: 0 };
    assert.deepStrictEqual(intToPtr(ptrToInt(page)), page);
    const pt: Ptr = { t: 'p', s: 'pt', b: 77, i: 3 };
    assert.deepStrictEqual(intToPtr(ptrToInt(pt)), pt);
    assert.deepStrictEqual(intToPtr(0x7f0000001000n), { t: 'p', s: 'u', b: 0, i: 0x7f0000001000 });
  });

  it('a C object beyond the address range is a fault, an unknown kernel address too', () => {
    assert.throws(() => ptrToInt(c(1 << 20, 0)), (e: unknown) => e instanceof SimFault && /more than 1048576 C objects/.test(e.message));
    assert.throws(() => intToPtr(0xffff8a8000000000n), (e: unknown) => e instanceof SimFault && /does not point at anything/.test(e.message));
  });
});
