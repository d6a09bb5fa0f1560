// The kernel's own hmm-tests.c of Linux 6.1 (selftests/vm) and 6.12 (selftests/mm), read from
// the Debian trees scripts/kernel-trees.sh extracts, through `mmstep selftest --kernel-tree`:
// the file compiles against mmstep's harness and libc headers, and every TEST_F is listed for
// both variants of its fixture (29 × 2 = 58 results per version), each ok, not ok, or a skip
// with its reason — whatever the model supports today, never a silent pass of a test that
// could not run. The tree's own lib/test_hmm.c is the device behind /dev/hmm_dmirror<N>. Without the extracted trees (a checkout without Debian's linux-source
// packages) the tests skip, saying which command provides them; CI has them.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../../src/cli/cli';
import { captureIo } from '../cli/helpers';
import { CACHE } from './kernel-tree-env';

const VERSIONS: [string, string][] = [
  ['6.1', 'tools/testing/selftests/vm/hmm-tests.c'],
  ['6.12', 'tools/testing/selftests/mm/hmm-tests.c'],
];

interface JsonResult {
  index: number;
  name: string;
  status: 'pass' | 'fail' | 'skip';
  reason?: string;
}

/** `fixture.test` of every TEST_F of the file, in order, and each fixture's variants (read from its text). */
function declared(text: string): { tests: [string, string][]; variants: Record<string, string[]> } {
  const tests = [...text.matchAll(/^TEST_F\((\w+),\s*(\w+)\)/gm)].map((m) => [m[1], m[2]] as [string, string]);
  const variants: Record<string, string[]> = {};
  for (const m of text.matchAll(/^FIXTURE_VARIANT_ADD\((\w+),\s*(\w+)\)/gm)) (variants[m[1]] ??= []).push(m[2]);
  return { tests, variants };
}

for (const [version, rel] of VERSIONS) {
  describe(`mmstep selftest --kernel-tree linux-${version} (the tree's own hmm-tests.c)`, function () {
    // The whole file against the tree's driver, coherent variants included: about 1.5 G
    // statements, 6-10 minutes per version on a shared 2-core machine.
    this.timeout(2_400_000);
    const tree = path.join(CACHE, `linux-${version}`);
    const file = path.join(tree, rel);
    let json: { tests: number; results: JsonResult[]; totals: Record<string, number>; kernelTree: { version: string }; file: string };
    let code: number;

    before(async function () {
      if (!fs.existsSync(file)) {
        console.log(`      (skipped: ${file} is missing; extract the Debian kernel trees with \`bash scripts/kernel-trees.sh\`)`);
        this.skip();
      }
      const io = captureIo();
      code = await runCli(['selftest', '--kernel-tree', tree, '--json'], io);
      assert.strictEqual(io.stderr, '');
      json = JSON.parse(io.stdout);
    });

    it('finds the version\'s file and lists all 29 TEST_F x 2 variants = 58 results', () => {
      assert.strictEqual(json.file, file);
      assert.ok(json.kernelTree.version.startsWith(`${version}.`), json.kernelTree.version);
      const { tests, variants } = declared(fs.readFileSync(file, 'utf8'));
      assert.strictEqual(tests.length, 29);
      const expected: string[] = [];
      // The kernel harness's order: fixture by fixture, variant by variant, tests in file order.
      for (const fixture of [...new Set(tests.map((t) => t[0]))]) {
        assert.strictEqual(variants[fixture]?.length, 2, fixture);
        for (const v of variants[fixture]) for (const [f, t] of tests) if (f === fixture) expected.push(`${f}.${v}.${t}`);
      }
      assert.strictEqual(json.tests, 58);
      assert.deepStrictEqual(json.results.map((r) => r.name), expected);
      assert.deepStrictEqual(json.results.map((r) => r.index), expected.map((_, i) => i + 1));
    });

    it('every result is ok, not ok or a skip with its reason; the exit status follows', () => {
      for (const r of json.results) {
        assert.ok(['pass', 'fail', 'skip'].includes(r.status), `${r.name}: ${r.status}`);
        if (r.status !== 'pass') assert.ok(r.reason && r.reason.length > 3, `${r.name} has no reason`);
      }
      const count = (s: string): number => json.results.filter((r) => r.status === s).length;
      assert.deepStrictEqual([json.totals.pass, json.totals.fail, json.totals.skip], [count('pass'), count('fail'), count('skip')]);
      assert.strictEqual(code, count('fail') ? 1 : 0);
    });

    it('against the tree\'s lib/test_hmm.c: every test of both variants is ok', () => {
      // Anonymous (private or shared) memory, the device's ioctls, migration to and from device
      // memory, forked children sharing the device's descriptor, the driver's interval notifier
      // run as C (exclusive, double_map), tmpfs O_TMPFILE files and their mappings (file_*,
      // migrate_file_private), mmap of the device file through the driver's ->mmap and
      // vm_insert_page (mixedmap), the tree's mm/gup_test.c with FOLL_LONGTERM migration out of
      // coherent memory (hmm_gup_test), the ~100-167 M statement tests within the 200 M budget
      // (migrate_multiple, anon_read_multiple, anon_teardown), a transparent huge page where
      // MADV_HUGEPAGE allows one (anon_write_huge) and the hugetlb pool run_vmtests.sh
      // reserves (anon_write_hugetlbfs; compound sees the page at PMD level). Both versions.
      const all = [
        'open_close', 'anon_read', 'anon_read_prot', 'anon_write', 'anon_write_prot', 'anon_write_child', 'anon_write_child_shared', 'anon_write_huge', 'anon_write_hugetlbfs',
        'file_read', 'file_write', 'migrate', 'migrate_fault', 'migrate_release', 'migrate_shared', 'migrate_multiple', 'anon_read_multiple', 'anon_teardown',
        'mixedmap', 'compound', 'exclusive', 'exclusive_mprotect', 'exclusive_cow', 'hmm_gup_test', 'hmm_cow_in_device', 'migrate_mixed', 'snapshot', 'double_map', 'migrate_file_private',
      ];
      for (const variant of ['private', 'coherent']) {
        const of = json.results.filter((r) => r.name.includes(`_device_${variant}.`));
        assert.deepStrictEqual(of.map((r) => r.name.replace(/^.*\./, '')).sort(), [...all].sort());
        for (const r of of) assert.strictEqual(r.status, 'pass', `${r.name}: ${r.status} ${JSON.stringify(r.reason)}`);
      }
      // insmod's spm_addr_dev0/1: /dev/hmm_dmirror2/3 exist, the coherent variants run.
      assert.deepStrictEqual(json.totals, { pass: 58, fail: 0, skip: 0, xfail: 0, xpass: 0, error: 0 });
    });

    it('prints TAP as the kernel harness does', async () => {
      const io = captureIo();
      await runCli(['selftest', '--kernel-tree', tree, 'open_close'], io);
      const lines = io.stdout.split('\n');
      assert.deepStrictEqual(lines.slice(0, 4), ['TAP version 13', '1..2', '# Starting 2 tests from 2 test cases.', '#  RUN           hmm.hmm_device_private.open_close ...']);
      assert.ok(lines.some((l) => /^ok 2 hmm\.hmm_device_coherent\.open_close$/.test(l)), io.stdout);
      assert.match(io.stdout, /\n# Totals: pass:\d+ fail:\d+ xfail:0 xpass:0 skip:\d+ error:0\n$/);
    });
  });
}
