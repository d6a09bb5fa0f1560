// What the comments UI draws, without VS Code: a real `git format-patch` series (cover letter and
// 3 patches) with a reply quoting a hunk and asking a question, and an answer quoting the question
// back: the imported threads sit on the document line of the last quoted line, the question once,
// then the answer, with authors and dates. The seed thread's shape (no patch in the mail) puts its
// questions on the virtual document's lines. Draft targets map to document lines and back.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { docFiles, docLineOfTarget, fileHeaderLine, importedThreads } from '../../../src/review/comment-threads';
import { buildPatchDocument, buildVirtualPatchDocument, targetOfDocLine, type PatchDocument } from '../../../src/review/patch-doc';
import { openMail, type ReviewThread } from '../../../src/review/thread';
import { mailDescription, patchLabel, seriesLabel, shortDate } from '../../../src/review/tree-labels';
import { parseSubject } from '../../../src/review/subject';
import { formatPatchSeries, removeSeries } from './format-patch';

const BASE = ['#include "mm.h"', '', 'static void restore(struct vma *vma)', '{', '\tunsigned long addr = vma->start;', '',
  '\tfor (; addr < vma->end; addr += PAGE_SHIFT)', '\t\trestore_one(addr);', '}', ''].join('\n');
const FIXTURE = path.join(__dirname, '../../../../test/fixtures/review/hmm-v13-review-shape.mbox');
const msgId = (mail: string) => /^Message-I[dD]: (<[^>]+>)/m.exec(mail)![1];

describe('review: imported comment threads and draft targets on the patch document', function () {
  let t: ReviewThread;
  let doc: PatchDocument;
  let dir: string;
  let patches: string[];

  before(async function () {
    const s = formatPatchSeries({ 'mm/restore.c': BASE }, [
      { subject: 'mm/restore: step by PAGE_SIZE\n\nThe restore loop advanced by PAGE_SHIFT bytes.', files: { 'mm/restore.c': BASE.replace('PAGE_SHIFT', 'PAGE_SIZE') } },
      { subject: 'mm/restore: count restored pages', files: { 'mm/restore.c': BASE.replace('PAGE_SHIFT', 'PAGE_SIZE').replace('\t\trestore_one(addr);', '\t\trestore_one(addr);\n\tvma->restored++;') } },
      { subject: 'docs: restore', files: { 'Documentation/restore.rst': 'Restore\n=======\n' } },
    ], { cover: true });
    dir = s.dir;
    patches = s.patches.map((p) => fs.readFileSync(p, 'utf8'));
    const [cover, p1] = patches.map(msgId);
    const q = [
      `From: Bob Reviewer <bob@example.org>\nSubject: Re: [PATCH 1/3] mm/restore: step by PAGE_SIZE\nMessage-ID: <bob@example.org>\nIn-Reply-To: ${p1}\nReferences: ${cover} ${p1}\nDate: Tue, 1 Dec 2026 08:00:00 +0000\n\n`,
      'On Mon, Nov 30, 2026, Test Author wrote:\n> -\tfor (; addr < vma->end; addr += PAGE_SHIFT)\n> +\tfor (; addr < vma->end; addr += PAGE_SIZE)\n\nHow was this found? Is there a test?\n',
    ].join('');
    const a = [
      `From: Test Author <author@example.org>\nSubject: Re: [PATCH 1/3] mm/restore: step by PAGE_SIZE\nMessage-ID: <ans@example.org>\nIn-Reply-To: <bob@example.org>\nReferences: ${cover} ${p1} <bob@example.org>\nDate: Tue, 1 Dec 2026 09:00:00 +0000\n\n`,
      'On Tue, Dec 01, 2026, Bob Reviewer wrote:\n> > +\tfor (; addr < vma->end; addr += PAGE_SIZE)\n>\n> How was this found? Is there a test?\n\nBy stepping through the restore loop in mmstep.\n',
    ].join('');
    t = await openMail([
      ...s.patches.map((p, i) => ({ file: p, text: patches[i] })),
      { file: path.join(dir, 'bob.eml'), text: q },
      { file: path.join(dir, 'ans.eml'), text: a },
    ]);
    const p = t.series[0].patches[0];
    doc = buildPatchDocument(p.message, p.body);
  });
  after(() => removeSeries(dir));

  it('labels the series and its patches as the tree shows them', () => {
    assert.deepStrictEqual(t.diagnostics, []);
    const s = t.series[0];
    assert.strictEqual(seriesLabel(s), 'v1 (3 patches): *** SUBJECT HERE ***');
    assert.deepStrictEqual([s.cover!, ...s.patches].map((p) => patchLabel(p, s)),
      ['[v1 0/3] *** SUBJECT HERE ***', '[v1 1/3] mm/restore: step by PAGE_SIZE', '[v1 2/3] mm/restore: count restored pages', '[v1 3/3] docs: restore']);
    assert.strictEqual(mailDescription(s.patches[0].message), 'Test Author, 2026-11-30 10:00 UTC');
    assert.strictEqual(shortDate('Sun, 20 Nov 2016 15:06:18 -0500'), '2016-11-20 20:06 UTC');
    assert.strictEqual(shortDate('sometime'), 'sometime');
    // a lone [PATCH] is no "1/1"; [PATCH v3] keeps its revision
    const lone = { ...s.patches[0], subject: parseSubject('[PATCH] mm: one fix') };
    assert.strictEqual(patchLabel(lone, { ...s, total: 1 }), '[v1] mm: one fix');
    assert.strictEqual(patchLabel({ ...lone, subject: parseSubject('[RFC PATCH v3] mm: one fix') }), '[RFC v3] mm: one fix');
  });

  it('puts the question and its answer in one thread on the quoted + line, in order, once each', () => {
    const p1 = t.series[0].patches[0].message.messageId;
    const threads = importedThreads(t, p1, doc);
    const lines = doc.text.split('\n');
    assert.deepStrictEqual(threads.map((x) => [x.line, lines[x.line - 1]]), [[threads[0].line, '+\tfor (; addr < vma->end; addr += PAGE_SIZE)']]);
    assert.deepStrictEqual(targetOfDocLine(doc, threads[0].line), { file: 'mm/restore.c', side: 'new', line: 7 });
    assert.deepStrictEqual(threads[0].comments.map((c) => [c.author, c.depth, c.text, c.date]), [
      ['Bob Reviewer', 0, 'How was this found? Is there a test?', '2026-12-01T08:00:00.000Z'],
      ['Test Author', 0, 'By stepping through the restore loop in mmstep.', '2026-12-01T09:00:00.000Z'],
    ]);
    assert.deepStrictEqual(importedThreads(t, t.series[0].patches[1].message.messageId, doc), [], 'no reply on patch 2');
  });

  it('maps every commit-message and diff line to a draft target and back to the same line', () => {
    let n = 0;
    for (let line = 1; line <= doc.lines.length; line++) {
      const target = targetOfDocLine(doc, line);
      if (!target) continue;
      n++;
      assert.strictEqual(docLineOfTarget(doc, { kind: 'line', ...target }), line, `line ${line}: ${doc.text.split('\n')[line - 1]}`);
    }
    assert.ok(n >= 8, `${n} commentable lines`);
    assert.deepStrictEqual(docFiles(doc), ['mm/restore.c']);
    const h = fileHeaderLine(doc, 'mm/restore.c')!;
    assert.strictEqual(doc.text.split('\n')[h - 1], 'diff --git a/mm/restore.c b/mm/restore.c');
    assert.strictEqual(docLineOfTarget(doc, { kind: 'file', file: 'mm/restore.c' }), h);
    assert.strictEqual(docLineOfTarget(doc, { kind: 'file', file: 'mm/other.c' }), undefined);
    assert.strictEqual(docLineOfTarget(doc, { kind: 'patch' }), 1);
    assert.strictEqual(docLineOfTarget(doc, { kind: 'line', file: 'mm/restore.c', side: 'new', line: 99 }), undefined);
  });

  it('shows the seed-shaped thread\'s questions on the virtual document, each once, answers after them', async () => {
    const s = await openMail([{ file: 'hmm.mbox', text: fs.readFileSync(FIXTURE, 'utf8') }]);
    const v = s.virtual[0];
    const vdoc = buildVirtualPatchDocument(v);
    const threads = importedThreads(s, v.file, vdoc);
    assert.deepStrictEqual(threads.map((x) => [x.line, x.comments.map((c) => `${c.author}@${c.depth}: ${c.text.split(' ').slice(0, 4).join(' ')}`)]), [
      [8, ['Aneesh Kumar K.V@0: If this is only', 'Jerome Glisse@2: It can be shared,', 'Aneesh Kumar K.V@1: Earlier you called it', 'Jerome Glisse@0: The mapcount says so,']],
      [10, ['Aneesh Kumar K.V@0: Why does this walk', 'Jerome Glisse@2: Two arrays would need', 'Jerome Glisse@0: Then I will document']],
    ]);
    assert.ok(threads[0].comments[0].date, 'own words carry their mail\'s date');
    assert.strictEqual(threads[0].comments[1].date, undefined, 'words only seen quoted have no date');
    assert.deepStrictEqual(importedThreads(s, 'virtual:another thread', vdoc), []);
  });
});
