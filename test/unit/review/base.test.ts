// A patch on a base no tree has (src/review/base.ts), like HMM v13 16/18 on the unmerged HMM
// series: a `git format-patch` made in the test from C of our own — a prototype added to a
// header, a static helper and a function that walks a range with the 2016 API, and one line
// changed inside an existing function of the (absent) base. With base hmm-2016 the definitions
// it adds are compiled as kernel/patch/hmm-2016.c against the 2016 headers and the scenario runs
// them; the line inside the base's function is a warning at its mail line; without the base the
// patch does not apply (no tree has mm/migrate.c of that base), with a clear message.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../../src/cli/cli';
import { NodeFileAccess, mmstepKernelDir } from '../../../src/cli/file-access';
import { buildBaseUnit, COMPAT_BASES, topLevelItems } from '../../../src/review/base';
import { preparePatchRunFor } from '../../../src/review/patch-run';
import { openMail } from '../../../src/review/thread';
import { Simulation } from '../../../src/sim/simulation';
import { captureIo } from '../cli/helpers';
import { ADDED, baseSeries, SCENARIO } from './base-fixture';
import { removeSeries } from './format-patch';

describe('review: a patch on a base no tree has, compiled against hmm-2016', function () {
  this.timeout(60000);
  let dir = '';
  let mail = '';
  let scenario = '';
  const kernel = mmstepKernelDir()!;
  const unit = path.join(kernel, 'patch', 'hmm-2016.c');
  before(() => {
    const s = baseSeries();
    dir = s.dir;
    mail = s.patches[0];
    scenario = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-base-')), 'count.mmstep.yaml');
    fs.writeFileSync(scenario, SCENARIO(unit));
  });
  after(() => {
    removeSeries(dir);
    fs.rmSync(path.dirname(scenario), { recursive: true, force: true });
  });

  it('splits added lines into whole top-level items', () => {
    const items = topLevelItems(ADDED).filter((i) => !i.blank).map((i) => [i.start, i.end, i.complete, i.column0]);
    assert.deepStrictEqual(items, [[1, 5, true, true], [7, 28, true, true]]);
    assert.deepStrictEqual(topLevelItems(['\tlru_add_drain();']).map((i) => i.column0), [false]);
    assert.deepStrictEqual(topLevelItems(['static int half(void)', '{', '\tint x;']).map((i) => i.complete), [false]);
  });

  it('builds the unit: the headers, the prototype, the helper and the function; the line inside the base is a warning', async () => {
    const t = await openMail([{ file: mail, text: fs.readFileSync(mail, 'utf8') }]);
    const p = t.series[0].patches[0];
    const u = buildBaseUnit(COMPAT_BASES['hmm-2016'], [{ message: p.message, body: p.body }]);
    const lines = u.file.text!.split('\n');
    assert.deepStrictEqual(lines.slice(1, 6), ['#include <linux/mm.h>', '#include <linux/swapops.h>', '#include <linux/mmu_notifier.h>', '#include <linux/pagewalk.h>', '#include <linux/hmm.h>']);
    const proto = lines.indexOf('int hmm_count_mapped_once(struct vm_area_struct *vma, unsigned long start,');
    const helper = lines.indexOf('static bool hmm_mapped_once(struct page *page)');
    assert.ok(proto > 0 && helper > proto, 'the header\'s prototype comes before the definitions');
    assert.ok(!lines.includes('\tlru_add_drain();'));
    assert.strictEqual(u.diagnostics.length, 1);
    const d = u.diagnostics[0];
    assert.strictEqual(d.severity, 'warning');
    assert.strictEqual(fs.readFileSync(mail, 'utf8').split('\n')[d.line - 1], '+\tlru_add_drain();');
    assert.match(d.message, /not a whole top-level definition .*not compiled against hmm-2016/);
    // Every line of the unit from the patch maps to its '+' line in the mail.
    const mailLines = fs.readFileSync(mail, 'utf8').split('\n');
    u.file.lineMap.forEach((o, i) => { if (o) assert.strictEqual(mailLines[o.mailLine - 1], '+' + lines[i]); });
  });

  it('the scenario runs the added functions against the 2016 headers (in memory, nothing written)', async () => {
    const r = await preparePatchRunFor(scenario, { mails: [mail], select: '1', base: 'hmm-2016' }, new NodeFileAccess());
    if (!r.ok) assert.fail(r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
    assert.deepStrictEqual([...r.run.byPath.keys()], [unit]);
    assert.ok(!fs.existsSync(unit), 'the unit is served in memory only');
    const sim = await Simulation.load(scenario, r.run.files);
    const res = sim.runToEnd();
    assert.deepStrictEqual([res.outcome, res.returned, res.passed], ['completed', '3', true]);
    const c = captureIo();
    assert.strictEqual(await runCli(['run', scenario, '--patch', `${mail}#1`, '--patch-base', 'hmm-2016', '--quiet'], c), 0, c.stderr);
    assert.match(c.stderr, /warning: lines \d+-\d+ of the patch to mm\/migrate\.c are not a whole top-level definition/);
  });

  it('without the base the patch does not apply; an unknown base is named', async () => {
    const c = captureIo();
    assert.strictEqual(await runCli(['run', scenario, '--patch', mail], c), 2);
    assert.match(c.stderr, /error: the patch changes mm\/migrate\.c \(looked in [^)]*\), which does not exist/);
    const u = captureIo();
    assert.strictEqual(await runCli(['run', scenario, '--patch', mail, '--patch-base', 'hmm-1999'], u), 2);
    assert.match(u.stderr, /unknown compatibility header set 'hmm-1999' \(known: hmm-2016\)/);
  });
});
