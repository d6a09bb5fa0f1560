// Range-diff between two revisions made by git format-patch (v1 → v2: patch 1 reworked, patch 2
// renamed with the same diff, patch 3 dropped, a new patch 3): pairing by subject then by diff
// similarity, compared with `git range-diff` on the same branches, and the interdiffs line by line.
import * as assert from 'assert';
import { diffSimilarity, formatRangeDiff, formatRangeDiffEntry, patchRangeDiff, patchText, rangeDiff } from '../../../src/review/range-diff';
import { openMail, type ReviewThread } from '../../../src/review/thread';
import { buildFixture, type Fixture } from './reply-fixture';

describe('review: range-diff between two revisions of a series', function () {
  let f: Fixture;
  let thread: ReviewThread;

  after(() => f?.repo.dispose());

  before(async function () {
    f = buildFixture();
    thread = await openMail([{ file: 'series.mbox', text: [...f.v1, ...f.v2].join('') }]);
    assert.deepStrictEqual(thread.series.map((s) => s.version), [1, 2]);
  });

  it('pairs patches by subject, then by diff, and marks the rest added or removed', function () {
    const rd = rangeDiff(thread.series[0], thread.series[1]);
    assert.deepStrictEqual(rd.entries.map((e) => `${e.old?.index ?? '-'} ${e.status} ${e.new?.index ?? '-'} ${e.pairedBy ?? ''} ${e.similarity ?? ''}`.trim()), [
      '1 ! 1 subject 0.923',
      '2 ! 2 diff 1',
      '3 < -',
      '- > 3',
    ]);
  });

  it('pairs as git range-diff does on the same branches', function () {
    const git = f.repo.rangeDiffPairs('v1', 'v2');
    if (!git) this.skip();
    const rd = rangeDiff(thread.series[0], thread.series[1]);
    const ours = rd.entries.map((e) => [e.old?.index ?? 0, e.new?.index ?? 0, e.status]);
    assert.deepStrictEqual(ours, git);
  });

  it('gives per pair the interdiff of the patch texts, hunk line numbers and index lines left out', function () {
    const rd = rangeDiff(thread.series[0], thread.series[1]);
    const [e1, e2] = rd.entries;
    assert.deepStrictEqual(e1.hunks, [
      { section: 'Commit message', lines: [
        ' Collect marks each pfn for migration and takes the page lock',
        ' so that nobody else can map the page meanwhile.',
        ' ',
        '-The restore pass undoes it.',
        '+The restore pass undoes it; a page that cannot be locked ends the walk.',
        ' ',
        ' Signed-off-by: Jérôme Glisse <jglisse@example.org>',
        ' ## mm/migrate_device.c ##',
      ] },
      { section: 'mm/migrate_device.c: static int collect_pmd(struct vma *vma, unsigned long addr, unsigned long end)', lines: [
        ' +\t\tmpfn = pte_pfn(addr) | MIGRATE_PFN_MIGRATE;',
        '  \t\tnpages++;',
        ' +\t\tif (!trylock_page(pfn_to_page(mpfn)))',
        '-+\t\t\tcontinue;',
        '++\t\t\tbreak;',
        '  \t}',
        '  \treturn npages;',
        '  }',
      ] },
    ]);
    assert.deepStrictEqual(e2.hunks.map((h) => [h.section, h.lines.filter((l) => l[0] !== ' ')]), [
      ['Commit message', ['-mm/migrate: restore steps by PAGE_SIZE', '+mm/migrate: fix the restore stride']],
    ]);
    const text = formatRangeDiff(rd, { from: 3, to: 3 });
    assert.deepStrictEqual(text.split('\n').filter((l) => !l.startsWith('    ')), [
      'range-diff v1..v2',
      '1/3 ! 1/3 mm/migrate: lock collected pages',
      '',
      '2/3 ! 2/3 mm/migrate: fix the restore stride (was: mm/migrate: restore steps by PAGE_SIZE)',
      '',
      '3/3 < -   docs: describe migration',
      '-   > 3/3 mm/migrate: pass the vma to restore_one',
      '',
    ]);
    assert.ok(text.includes('\n    @@ mm/migrate_device.c: static int collect_pmd(struct vma *vma, unsigned long addr, unsigned long end)\n     +\t\tmpfn = pte_pfn(addr) | MIGRATE_PFN_MIGRATE;\n'), text);
  });

  it('compares patch texts without line numbers: a hunk that only moved is no change', function () {
    const p = thread.series[0].patches[1];
    const t = patchText(p);
    assert.ok(t.diff.every((l) => !/^@@ -\d/.test(l) && !l.startsWith('index ')), t.diff.join('\n'));
    assert.deepStrictEqual(t.diff.slice(0, 2), ['## mm/migrate_device.c ##', '@@ static void restore(struct vma *vma)']);
    const v2p2 = thread.series[1].patches[1];
    assert.notStrictEqual(p.body.files[0].hunks[0].newStart, undefined);
    assert.deepStrictEqual(patchText(v2p2).diff, t.diff);
    assert.strictEqual(rangeDiff(thread.series[0], thread.series[0]).entries.every((e) => e.status === '=' && e.hunks.length === 0), true);
    assert.strictEqual(diffSimilarity([], []), 1);
    assert.strictEqual(diffSimilarity(['a', 'b'], ['c']), 0);
  });

  it('answers for one patch: what changed since the revision before (nothing for v1 or a new patch)', function () {
    const [n1, n2, n3] = thread.series[1].patches.map((p) => p.message.messageId);
    const one = patchRangeDiff(thread, n1)!;
    assert.deepStrictEqual([one.from.version, one.to.version, one.entry.status, one.entry.old?.index], [1, 2, '!', 1]);
    assert.deepStrictEqual(formatRangeDiffEntry(one.entry, { from: 3, to: 3 }).filter((l) => /^    [-+]/.test(l)), [
      '    -The restore pass undoes it.',
      '    +The restore pass undoes it; a page that cannot be locked ends the walk.',
      '    -+\t\t\tcontinue;',
      '    ++\t\t\tbreak;',
    ]);
    assert.strictEqual(patchRangeDiff(thread, n2)!.entry.old?.topic, 'mm/migrate: restore steps by PAGE_SIZE');
    assert.deepStrictEqual([patchRangeDiff(thread, n3)!.entry.status, patchRangeDiff(thread, n3)!.entry.old], ['>', undefined]);
    assert.strictEqual(patchRangeDiff(thread, thread.series[0].patches[0].message.messageId), undefined);
    assert.strictEqual(patchRangeDiff(thread, '<nope@x>'), undefined);
  });
});
