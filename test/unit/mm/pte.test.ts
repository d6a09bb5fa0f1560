import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import {
  decodePte,
  formatPte,
  mkDevicePrivatePte,
  mkMigrationPte,
  mkPresentPte,
  pteToSwpEntry,
  swpEntryToPte,
  _PAGE_SOFT_DIRTY,
  _PAGE_SWP_SOFT_DIRTY,
  _PAGE_SWP_UFFD_WP,
  _PAGE_UFFD_WP,
} from '../../../src/mm/pte';
import { decodeHmmPfn, decodeMigratePfn, HMM_PFN_FLAGS, HMM_PFN_SHIFT, hmmPfnFromPfn } from '../../../src/mm/migrate-pfn';

describe('mm/pte encodings', () => {
  it('keeps soft-dirty and uffd-wp at different positions in present and swap format', () => {
    assert.notStrictEqual(_PAGE_SOFT_DIRTY, _PAGE_SWP_SOFT_DIRTY);
    assert.notStrictEqual(_PAGE_UFFD_WP, _PAGE_SWP_UFFD_WP);
    const present = mkPresentPte(0x102, { softDirty: true });
    const mig = mkMigrationPte(0x102, 'write', { softDirty: true });
    assert.ok(present & _PAGE_SOFT_DIRTY);
    assert.ok(!(present & _PAGE_SWP_SOFT_DIRTY));
    assert.ok(mig & _PAGE_SWP_SOFT_DIRTY);
    assert.ok(!(mig & _PAGE_SOFT_DIRTY));
    assert.ok(decodePte(present).bits.includes('soft-dirty'));
    assert.ok(decodePte(mig).bits.includes('soft-dirty'));
  });

  it('formats entries readably', () => {
    assert.strictEqual(formatPte(0n), 'none');
    assert.strictEqual(formatPte(mkPresentPte(0x102, { write: true, dirty: true })), 'present(W,D) -> pfn 0x102');
    assert.strictEqual(formatPte(mkMigrationPte(0x102, 'write', { softDirty: true })), 'migration(W) -> pfn 0x102 [soft-dirty]');
    assert.strictEqual(formatPte(mkMigrationPte(0x1a, 'read')), 'migration() -> pfn 0x1a');
    assert.strictEqual(formatPte(mkMigrationPte(0x1a, 'read-exclusive')), 'migration(X) -> pfn 0x1a');
    assert.strictEqual(formatPte(mkDevicePrivatePte(0x10000, true)), 'device-private(W) -> pfn 0x10000');
    assert.strictEqual(formatPte(swpEntryToPte((1n << 58n) | 5n)), 'swap(type=1 offset=0x5)');
  });

  it('round-trips migration entries through swp_entry_t (soft-dirty is a pte bit, not an entry bit)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 40 - 1 }),
        fc.constantFrom('read' as const, 'read-exclusive' as const, 'write' as const),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (pfn, mode, young, dirty, softDirty) => {
          const v = mkMigrationPte(pfn, mode, { young, dirty, softDirty });
          const d = decodePte(v);
          assert.strictEqual(d.kind, 'migration');
          assert.strictEqual(d.pfn, pfn);
          assert.strictEqual(d.mode, mode);
          assert.strictEqual(d.bits.includes('young'), young);
          assert.strictEqual(d.bits.includes('dirty'), dirty);
          assert.strictEqual(d.bits.includes('soft-dirty'), softDirty);
          assert.strictEqual(swpEntryToPte(pteToSwpEntry(v)), v & ~_PAGE_SWP_SOFT_DIRTY);
        },
      ),
    );
  });

  it('decodes present ptes for every pfn and bit combination', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 - 1 }), fc.boolean(), fc.boolean(), fc.boolean(), (pfn, write, dirty, softDirty) => {
        const d = decodePte(mkPresentPte(pfn, { write, dirty, softDirty }));
        assert.strictEqual(d.kind, 'present');
        assert.strictEqual(d.pfn, pfn);
        assert.strictEqual(d.bits.includes('write'), write);
        assert.strictEqual(d.bits.includes('dirty'), dirty);
        assert.strictEqual(d.bits.includes('soft-dirty'), softDirty);
      }),
    );
  });
});

describe('mm/migrate-pfn decoders', () => {
  it('decodes 2016 hmm_pfn_t slots', () => {
    const flag = (n: string) => HMM_PFN_FLAGS.find(([k]) => k === n)![1];
    const v = hmmPfnFromPfn(0x102) | flag('MIGRATE') | flag('LOCKED') | flag('WRITE');
    assert.deepStrictEqual(decodeHmmPfn(v), { pfn: 0x102, flags: ['VALID', 'WRITE', 'LOCKED', 'MIGRATE'] });
    // HMM v13's values (16/18): MIGRATE is bit 9, the pfn starts at bit 11
    assert.strictEqual(flag('MIGRATE'), 1n << 9n);
    assert.strictEqual(v >> 11n, 0x102n);
    assert.deepStrictEqual(decodeHmmPfn(0n), { pfn: undefined, flags: [] });
  });

  it('decodes current MIGRATE_PFN slots', () => {
    assert.deepStrictEqual(decodeMigratePfn((0x102n << 6n) | 1n | 2n | 8n), { pfn: 0x102, flags: ['VALID', 'MIGRATE', 'WRITE'] });
    assert.deepStrictEqual(decodeMigratePfn(2n), { pfn: undefined, flags: ['MIGRATE'] });
    assert.deepStrictEqual(decodeMigratePfn(0x20n), { pfn: undefined, flags: ['unknown(0x20)'] });
  });

  it('matches the HMM_PFN_* values of kernel/include/linux/hmm.h', () => {
    const text = fs.readFileSync(path.join(__dirname, '../../../../kernel/include/linux/hmm.h'), 'utf8');
    const defs: Record<string, bigint> = {};
    for (const mt of text.matchAll(/#define\s+HMM_PFN_(\w+)\s+\(1UL << (\d+)\)/g)) defs[mt[1]] = 1n << BigInt(mt[2]);
    assert.deepStrictEqual(defs, Object.fromEntries(HMM_PFN_FLAGS));
    const shift = /#define\s+HMM_PFN_SHIFT\s+(\d+)/.exec(text);
    assert.ok(shift);
    assert.strictEqual(BigInt(shift[1]), HMM_PFN_SHIFT);
  });
});
