// Present-pte helpers (pte_pfn, pte_dirty, ...) applied to swap-format ptes (issue 8 item 7):
// the model's swap pte re-encoded as x86-64's, the helpers' values on it — checked against values
// worked out by hand from the encoding and against a gcc-built program that restates the x86-64
// macros independently — the warning recorded once per (helper, line) with a count, the fault
// mode, and the fixtures kernel/test/nonpresent_pte.c + test/fixtures/scenarios/nonpresent-pte-*.

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SimFault } from '../../../src/c/native';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { decodePte, mkDevicePrivatePte, mkMigrationPte, swpEntry, swpEntryToPte, _PAGE_SWP_EXCLUSIVE } from '../../../src/mm/pte';
import { NONPRESENT_HELPERS, x86Helper, x86SwapPte, type NonPresentHelper, type X86Kernel } from '../../../src/mm/pte-x86';
import { pteAt } from '../../../src/mm/pgtable';
import { parseScenario } from '../../../src/scenario/parse';
import { Simulation } from '../../../src/sim/simulation';
import { fakeCtx, Harness, privateRange } from './helpers';
import { CACHE, treeFile } from '../sim/kernel-tree-env';

const ROOT = path.join(__dirname, '../../../..');
const FIXTURE_C = 'kernel/test/nonpresent_pte.c';
const V61: X86Kernel = { major: 6, minor: 1 };
const V612: X86Kernel = { major: 6, minor: 12 };

function lineOf(file: string, text: string): { line: number; column: number } {
  const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(text));
  assert.ok(i >= 0, `${text} not in ${file}`);
  return { line: i + 1, column: lines[i].indexOf(text) + 1 };
}

/** Model swap types (src/mm/pte.ts) restated for the independent side of the checks. */
const T_DEVICE_WRITE = 24n;
const T_DEVICE_READ = 25n;
const T_MIGRATION_WRITE = 29n;
const T_MIGRATION_READ = 27n;

interface Case {
  what: string;
  /** The model's pte, built with the model's constructors. */
  pte: bigint;
  /** The same entry written out by hand: type, offset (with SWP_MIG_* bits 40/41), flags. */
  type: bigint;
  offset: bigint;
  sd: boolean;
  uffd: boolean;
  excl: boolean;
}

const CASES: Case[] = [
  { what: 'device-private write pfn 0x100000', pte: mkDevicePrivatePte(0x100000, true), type: T_DEVICE_WRITE, offset: 0x100000n, sd: false, uffd: false, excl: false },
  { what: 'device-private read pfn 0x100007 soft-dirty', pte: mkDevicePrivatePte(0x100007, false, { softDirty: true }), type: T_DEVICE_READ, offset: 0x100007n, sd: true, uffd: false, excl: false },
  {
    what: 'migration write pfn 0x102 young dirty soft-dirty uffd-wp',
    pte: mkMigrationPte(0x102, 'write', { young: true, dirty: true, softDirty: true, uffdWp: true }),
    type: T_MIGRATION_WRITE,
    offset: 0x102n | (1n << 40n) | (1n << 41n),
    sd: true,
    uffd: true,
    excl: false,
  },
  { what: 'migration read pfn 0xfedcba9876 exclusive', pte: mkMigrationPte(0xfedcba9876, 'read') | _PAGE_SWP_EXCLUSIVE, type: T_MIGRATION_READ, offset: 0xfedcba9876n, sd: false, uffd: false, excl: true },
  { what: 'swap type 1 offset 5', pte: swpEntryToPte(swpEntry(1n, 5n)), type: 1n, offset: 5n, sd: false, uffd: false, excl: false },
];

/**
 * The x86-64 encoding and helpers restated in C from our own description (docs/kernel-api.md §7),
 * for gcc: one line per case, `x pfn write61 write66 dirty61 dirty66 young sd uffd`, in hex.
 */
const GCC_PROGRAM = `
#include <stdio.h>
#include <stdlib.h>
typedef unsigned long long u64;
static u64 enc(u64 type, u64 off, int sd, int uffd, int excl)
{
	u64 x = ((~off) << 14) >> 5;		/* inverted offset at bits 9..58 */
	x |= type << 59;			/* type at 59..63 */
	if (sd) x |= 1ull << 1;
	if (uffd) x |= 1ull << 2;
	if (excl) x |= 1ull << 3;
	return x;
}
int main(int argc, char **argv)
{
	int i;
	for (i = 1; i + 4 < argc; i += 5) {
		u64 x = enc(strtoull(argv[i], 0, 0), strtoull(argv[i + 1], 0, 0), atoi(argv[i + 2]), atoi(argv[i + 3]), atoi(argv[i + 4]));
		u64 inv = (x != 0 && !(x & 1)) ? ~0ull : 0;
		u64 pfn = ((x ^ inv) & 0x000ffffffffff000ull) >> 12;
		u64 w61 = x & 2, w66 = (x & 2) || ((x & 0x42) == 0x40);
		u64 d61 = x & 0x40, d66 = (x & (0x40 | (1ull << 58))) != 0;
		printf("%llx %llx %llx %llx %llx %llx %llx %llx %llx\\n", x, pfn, w61, w66, d61, d66, x & 0x20, x & 0x800, x & 0x400);
	}
	return 0;
}
`;

describe('present-pte helpers on swap-format ptes: the x86-64 encoding', () => {
  it('matches values worked out by hand from the encoding', () => {
    // type 24 << 59 = 0xc0..; ~0x100000 in bits 9..58 = 0x07ff_ffff_ffff_fe00 without bit 20 + 9.
    const dp = mkDevicePrivatePte(0x100000, true);
    assert.strictEqual(x86SwapPte(dp), 0xc7ffffffdffffe00n);
    assert.strictEqual(x86Helper('pte_pfn', x86SwapPte(dp), undefined).value, 0x20000n); // offset >> 3
    assert.strictEqual(x86Helper('pte_dirty', x86SwapPte(dp), undefined).value, 1n); // bit 58 set
    assert.strictEqual(x86Helper('pte_dirty', x86SwapPte(dp), V612).value, 1n);
    assert.strictEqual(x86Helper('pte_dirty', x86SwapPte(dp), V61).value, 0n); // bit 6 only
    assert.strictEqual(x86Helper('pte_young', x86SwapPte(dp), undefined).value, 0n);
    assert.strictEqual(x86Helper('pte_soft_dirty', x86SwapPte(dp), undefined).value, 0x800n); // ~offset bit 2
    assert.strictEqual(x86Helper('pte_uffd_wp', x86SwapPte(dp), undefined).value, 0x400n); // ~offset bit 1
    assert.strictEqual(x86Helper('pte_write', x86SwapPte(dp), undefined).value, 0n); // no swap soft-dirty
    // pfn 0x100006: offset bits 1 and 2 set, so the inverted bits 10 and 11 are clear.
    const dp6 = x86SwapPte(mkDevicePrivatePte(0x100006, false, { softDirty: true }));
    assert.strictEqual(x86Helper('pte_soft_dirty', dp6, undefined).value, 0n);
    assert.strictEqual(x86Helper('pte_uffd_wp', dp6, undefined).value, 0n);
    assert.strictEqual(x86Helper('pte_write', dp6, V61).value, 2n); // _PAGE_RW = swap soft-dirty
    assert.strictEqual(x86Helper('pte_write', dp6, V612).value, 1n);
    // Migration young/dirty live in offset bits 40/41: pte_pfn sees them at bits 37/38.
    const mig = x86SwapPte(mkMigrationPte(0x102, 'write', { young: true, dirty: true }));
    assert.strictEqual(x86Helper('pte_pfn', mig, undefined).value, (0x102n >> 3n) | (1n << 37n) | (1n << 38n));
  });

  it('agrees with a gcc-built restatement of the x86-64 macros on every case and version', function () {
    this.timeout(20000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-x86pte-'));
    try {
      fs.writeFileSync(path.join(dir, 'x86pte.c'), GCC_PROGRAM);
      execFileSync('gcc', ['-O0', '-o', path.join(dir, 'x86pte'), path.join(dir, 'x86pte.c')]);
      const argv = CASES.flatMap((c) => ['0x' + c.type.toString(16), '0x' + c.offset.toString(16), c.sd ? '1' : '0', c.uffd ? '1' : '0', c.excl ? '1' : '0']);
      const lines = execFileSync(path.join(dir, 'x86pte'), argv, { encoding: 'utf8' }).trim().split('\n');
      assert.strictEqual(lines.length, CASES.length);
      CASES.forEach((c, i) => {
        const [x, pfn, w61, w66, d61, d66, young, sd, uffd] = lines[i].split(' ').map((h) => BigInt('0x' + h));
        const ours = x86SwapPte(c.pte);
        assert.strictEqual(ours, x, `${c.what}: x86 pte`);
        const v = (h: NonPresentHelper, k?: X86Kernel) => x86Helper(h, ours, k).value;
        assert.deepStrictEqual(
          [v('pte_pfn'), v('pte_write', V61), v('pte_write', V612), v('pte_dirty', V61), v('pte_dirty', V612), v('pte_young'), v('pte_soft_dirty'), v('pte_uffd_wp')],
          [pfn, w61, w66, d61, d66, young, sd, uffd],
          c.what,
        );
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('present-pte helpers on swap-format ptes: the natives', () => {
  const at = (line: number, column: number) => ({ ...fakeCtx(), loc: { file: '/src/collect.c', line, column, endLine: line, endColumn: column + 4 } });

  it('warn by default: the x86-64 value, one warning per (helper, line) with a count', () => {
    const h = new Harness(privateRange(1));
    const dp = mkDevicePrivatePte(0x100000, true);
    const c1 = at(12, 7);
    assert.strictEqual(h.big(c1, 'pte_dirty', dp), 1n);
    assert.strictEqual(h.big(c1, 'pte_dirty', dp), 1n);
    assert.strictEqual(h.big(c1, 'pte_pfn', dp), 0x20000n);
    const c2 = at(14, 3);
    assert.strictEqual(h.big(c2, 'pte_dirty', dp), 1n);
    assert.deepStrictEqual(
      h.m.pteWarnings?.map((w) => [w.helper, w.file, w.line, w.column, w.count]),
      [
        ['pte_dirty', '/src/collect.c', 12, 7, 2],
        ['pte_pfn', '/src/collect.c', 12, 7, 1],
        ['pte_dirty', '/src/collect.c', 14, 3, 1],
      ],
    );
    const w = h.m.pteWarnings![0];
    assert.match(w.message, /^pte_dirty\(\) on a non-present pte 0x6000000100000000, a device-private entry \(device-private\(W\) -> pfn 0x100000\)/);
    assert.match(w.message, /x86-64 \(mainline\) reads _PAGE_DIRTY \| _PAGE_SAVED_DIRTY .* of the swap-format pte 0xc7ffffffdffffe00 and returns 0x1/);
    // The warning goes out (debug console, CLI) only the first time at each line.
    assert.deepStrictEqual(c1.warnings.map((s) => s.replace(/: x86-64.*/, '')), [
      '/src/collect.c:12:7: warning: pte_dirty() on a non-present pte 0x6000000100000000, a device-private entry (device-private(W) -> pfn 0x100000)',
      '/src/collect.c:12:7: warning: pte_pfn() on a non-present pte 0x6000000100000000, a device-private entry (device-private(W) -> pfn 0x100000)',
    ]);
    assert.strictEqual(c2.warnings.length, 1);
  });

  it('names migration and swap entries, and follows the kernel version', () => {
    const h = new Harness(privateRange(1));
    h.m.x86Kernel = V61;
    const ctx = at(3, 1);
    assert.strictEqual(h.big(ctx, 'pte_dirty', mkMigrationPte(0x100, 'write')), 0n);
    assert.strictEqual(h.big(ctx, 'pte_young', swpEntryToPte(swpEntry(1n, 5n))), 0n);
    assert.match(h.m.pteWarnings![0].message, /a migration entry \(migration\(W\) -> pfn 0x100\): x86-64 \(Linux 6\.1\) reads _PAGE_DIRTY \(bit 6\)/);
    assert.match(h.m.pteWarnings![1].message, /a swap entry \(swap\(type=1 offset=0x5\)\)/);
  });

  it('fault mode, a none pte, and present ptes are unchanged', () => {
    const h = new Harness(privateRange(1));
    const ctx = at(5, 2);
    for (const helper of NONPRESENT_HELPERS) {
      assert.throws(() => h.call(ctx, helper, 0n), (e: unknown) => e instanceof SimFault && e.kind === 'undefined-behaviour' && /none pte/.test(e.message));
    }
    h.m.nonpresentPteHelpers = 'fault';
    for (const helper of NONPRESENT_HELPERS) {
      assert.throws(
        () => h.call(ctx, helper, mkDevicePrivatePte(0x100000, true)),
        (e: unknown) => e instanceof SimFault && e.kind === 'undefined-behaviour' && e.message.startsWith(`${helper}() on a non-present pte 0x6000000100000000, a device-private entry`) && /nonpresent_pte_helpers: fault/.test(e.message),
      );
    }
    assert.strictEqual(h.m.pteWarnings, undefined);
    const present = pteAt(h.m, 1, 0x100000);
    assert.strictEqual(h.big(ctx, 'pte_pfn', present), BigInt(decodePte(present).pfn!));
    assert.strictEqual(h.m.pteWarnings, undefined);
  });
});

describe('present-pte helpers on swap-format ptes: the scenarios', function () {
  this.timeout(30000);
  const files = new NodeFileAccess();
  const dirtyAt = lineOf(FIXTURE_C, 'pte_dirty(pte)');
  const pfnAt = lineOf(FIXTURE_C, 'pte_pfn(pte)');

  it('warn (default): the run completes, each helper warns once at its line:column with a count', async () => {
    const sim = await Simulation.load(path.join(ROOT, 'test/fixtures/scenarios/nonpresent-pte-warn.mmstep.yaml'), files);
    const r = sim.runToEnd();
    assert.strictEqual(r.outcome, 'completed', JSON.stringify(r.fault));
    assert.ok(r.passed);
    const ws = sim.stateView().warnings ?? [];
    assert.deepStrictEqual(
      ws.map((w) => [w.helper, path.relative(ROOT, w.file), w.line, w.column, w.count]),
      [
        ['pte_dirty', FIXTURE_C, dirtyAt.line, dirtyAt.column, 2],
        ['pte_pfn', FIXTURE_C, pfnAt.line, pfnAt.column, 2],
      ],
    );
    // Both device pages (pfn 0x100000, 0x100001): pte_dirty true (mainline), pte_pfn = offset >> 3.
    assert.strictEqual(r.returned, String(2 * 0x1000000 + (0x100001 >> 3)));
    assert.ok(r.output.some((l) => l.includes(`nonpresent_pte.c:${dirtyAt.line}:${dirtyAt.column}: warning: pte_dirty() on a non-present pte`)), r.output.join(''));
  });

  it('fault: an undefined-behaviour fault at the first helper, with a clear message', async () => {
    const sim = await Simulation.load(path.join(ROOT, 'test/fixtures/scenarios/nonpresent-pte-fault.mmstep.yaml'), files);
    const r = sim.runToEnd();
    assert.strictEqual(r.outcome, 'fault');
    assert.ok(r.passed);
    assert.deepStrictEqual([r.fault?.kind, path.relative(ROOT, r.fault!.file), r.fault?.line, r.fault?.column], ['undefined-behaviour', FIXTURE_C, dirtyAt.line, dirtyAt.column]);
    assert.match(r.fault!.message, /^pte_dirty\(\) on a non-present pte 0x6000000100000000, a device-private entry .*use the pte_swp_\* helpers or test pte_present\(\) first/);
    assert.strictEqual(sim.stateView().warnings, undefined);
  });

  it('stepping back before the call takes its warning back; a watch expression leaves none', async () => {
    const sim = await Simulation.load(path.join(ROOT, 'test/fixtures/scenarios/nonpresent-pte-warn.mmstep.yaml'), files, {}, { timeTravel: true });
    sim.setBreakpoints(path.join(ROOT, FIXTURE_C), [{ line: dirtyAt.line }]);
    let stop = sim.continue();
    assert.strictEqual(stop.reason, 'breakpoint');
    assert.strictEqual(sim.stateView().warnings, undefined);
    // An expression typed while stopped gets the x86-64 value but leaves no warning in the run.
    const t = sim.machine.thread(stop.tid);
    assert.strictEqual(sim.evaluateIn(stop.tid, t.frames.length - 1, 'pte_dirty(pte)', 'watch').value, 1n);
    assert.strictEqual(sim.model.pteWarnings, undefined);
    stop = sim.stepOver(stop.tid);
    assert.strictEqual(sim.stateView().warnings?.[0]?.count, 1);
    sim.stepBack!(stop.tid);
    assert.strictEqual(sim.stateView().warnings, undefined);
  });

  it('checks.nonpresent_pte_helpers: a bad value or key is an error at its line and column', () => {
    const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/scenarios/nonpresent-pte-fault.mmstep.yaml'), 'utf8');
    const lines = text.split('\n');
    const row = lines.indexOf('  nonpresent_pte_helpers: fault');
    assert.ok(row > 0);
    const edit = (line: string) => lines.map((l, i) => (i === row ? line : l)).join('\n');
    const bad = parseScenario('/x/bad.mmstep.yaml', edit('  nonpresent_pte_helpers: sometimes'));
    assert.strictEqual(bad.scenario, undefined);
    assert.deepStrictEqual(
      bad.diagnostics.map((d) => [d.line, d.column, d.message]),
      [[row + 1, lines[row].indexOf('fault') + 1, 'checks.nonpresent_pte_helpers: the string "sometimes" is not allowed; expected one of: "warn", "fault"']],
    );
    const key = parseScenario('/x/bad.mmstep.yaml', edit('  nonpresent_pte_helper: fault'));
    assert.deepStrictEqual(key.diagnostics.map((d) => [d.line, d.column]), [[row + 1, lines[row].indexOf('nonpresent') + 1]]);
    assert.match(key.diagnostics[0].message, /unknown property "nonpresent_pte_helper"/);
    assert.deepStrictEqual(parseScenario('/x/ok.mmstep.yaml', text).scenario?.checks, { nonpresentPteHelpers: 'fault' });
  });
});

describe('present-pte helpers on swap-format ptes: the kernel tree\'s version', function () {
  this.timeout(60000);
  const files = new NodeFileAccess();

  /** The warn fixture with a Debian tree's mm/migrate_device.c in place of kernel/'s. */
  async function runWithTree(v: string) {
    treeFile(v);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-nonpresent-'));
    try {
      const fixture = fs.readFileSync(path.join(ROOT, 'test/fixtures/scenarios/nonpresent-pte-warn.mmstep.yaml'), 'utf8');
      const k = (f: string) => JSON.stringify(path.join(ROOT, f));
      const text = fixture
        .replace(/^sources:\n(  - .*\n)+/m, `kernel_tree: ${JSON.stringify(path.join(CACHE, `linux-${v}`))}\nsources:\n` +
          ['kernel/mm/pagewalk_ops.c', 'kernel/mm/mmu_notifier.c', 'TREE', 'kernel/mm/rmap.c', 'kernel/mm/memory.c', 'kernel/mm/gup.c', 'kernel/drivers/test_hmm.c', 'kernel/test/current_tests.c', FIXTURE_C]
            .map((f) => `  - ${f === 'TREE' ? 'tree:mm/migrate_device.c' : k(f)}\n`)
            .join(''));
      assert.match(text, /tree:mm\/migrate_device.c/);
      fs.writeFileSync(path.join(dir, 'tree.mmstep.yaml'), text);
      const sim = await Simulation.load(path.join(dir, 'tree.mmstep.yaml'), files);
      return { sim, r: sim.runToEnd() };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  it('6.1: pte_dirty reads only _PAGE_DIRTY (0); 6.12: _PAGE_SAVED_DIRTY too (1)', async () => {
    const old = await runWithTree('6.1');
    assert.strictEqual(old.r.outcome, 'completed', JSON.stringify(old.r.fault));
    assert.deepStrictEqual(old.sim.model.x86Kernel, { major: 6, minor: 1 });
    assert.strictEqual(old.r.returned, String(0x100001 >> 3));
    assert.match(old.sim.stateView().warnings![0].message, /^pte_dirty\(\) .*x86-64 \(Linux 6\.1\) reads _PAGE_DIRTY \(bit 6\) .* returns 0x0/);
    const cur = await runWithTree('6.12');
    assert.deepStrictEqual(cur.sim.model.x86Kernel, { major: 6, minor: 12 });
    assert.strictEqual(cur.r.returned, String(2 * 0x1000000 + (0x100001 >> 3)));
    assert.match(cur.sim.stateView().warnings![0].message, /x86-64 \(Linux 6\.12\) reads _PAGE_DIRTY \| _PAGE_SAVED_DIRTY .* returns 0x1/);
  });
});
