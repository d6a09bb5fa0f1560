// The seed thread itself ($MMSTEP_SEED, or shared/seed/000_05dd481b412bb0e8.txt beside the
// checkout or in /work/shared): Jérôme Glisse's reply of 20 Nov 2016 to Aneesh Kumar K.V on HMM v13 16/18, saved
// from a web archive, opened on its own. The archive page around the mail is skipped with
// warnings, the quoted code is rebuilt into a virtual document, and every question of Aneesh's
// and every answer lands on the code line it follows, asserted line by line; the questions asked
// after an elision (about the patch as a whole) stay patch-level. The file is not ours and is
// not committed: without it this suite is pending. The shapes it exercises are also covered by
// the paraphrased fixture (seed-shape.test.ts) and the inline mails below, which always run.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { openMail, type ReviewThread } from '../../../src/review/thread';
import { formatPatchSeries, removeSeries } from './format-patch';

const SEED_NAME = 'seed/000_05dd481b412bb0e8.txt';
// $MMSTEP_SEED, else the shared folder beside the checkout, else the workplace's shared folder.
const SEED = process.env.MMSTEP_SEED
  ?? [path.join(__dirname, '../../../../../shared', SEED_NAME), path.join('/work/shared', SEED_NAME)].find((p) => fs.existsSync(p))
  ?? path.join(__dirname, '../../../../../shared', SEED_NAME);

describe('review: the seed thread, opened on its own', function () {
  let t: ReviewThread;
  before(async function () {
    if (!fs.existsSync(SEED)) this.skip();
    t = await openMail([{ file: 'seed.txt', text: fs.readFileSync(SEED, 'utf8') }]);
  });

  it('skips the archive page above and below the mail, with a warning for each', () => {
    assert.deepStrictEqual(t.diagnostics.map((d) => [d.line, d.severity, d.message.replace(/ \(.*$/, '')]), [
      [1, 'warning', 'the mail\'s headers start at line 6; the 5 line(s) above are no mail'],
      [290, 'warning', 'the 2 line(s) below the mail are the archive page\'s footer and are skipped'],
    ]);
    assert.strictEqual(t.replies.length, 1);
    assert.ok(!t.replies[0].message.body.includes('Powered by'), 'the footer is not part of the body');
  });

  it('rebuilds the quoted code as one 109-line virtual document', () => {
    assert.strictEqual(t.virtual.length, 1);
    const v = t.virtual[0].lines;
    assert.strictEqual(v.length, 109);
    assert.strictEqual(v[1], '+\t\t*pfns = hmm_pfn_from_pfn(pfn) | HMM_PFN_MIGRATE | flags;');
    assert.strictEqual(v[22], '+\t\t}');
    assert.strictEqual(v[33], '+}');
    assert.strictEqual(v[34], '+static void hmm_migrate_lock_and_isolate(struct hmm_migrate *migrate)');
    assert.strictEqual(v[54], '+\t\t}');
    assert.ok(v.includes('+\t\tfor (; addr < next && restore; addr += PAGE_SHIFT, i++) {'), 'the PAGE_SHIFT loop is in the document');
  });

  it('puts every question and answer on the code line it follows, in order', () => {
    const rows = t.replies[0].comments.map((c) => [c.anchor ? c.anchor.line : 'patch', c.depth, c.author, c.lines[0].text.slice(0, 40)]);
    assert.deepStrictEqual(rows, [
      [23, 3, 'Aneesh Kumar K.V', 'If this is an optimization, can we get t'],
      [23, 2, 'Jerome Glisse', 'It can be a share mapping and that\'s fin'],
      [23, 1, 'Aneesh Kumar K.V', 'In the previous mail you replied above t'],
      [23, 0, 'Jerome Glisse', 'The mapcount will reflect that and it is'],
      [34, 3, 'Aneesh Kumar K.V', 'So without the optimization the above fu'],
      [34, 2, 'Jerome Glisse', 'Yes correct, this function collect all p'],
      [55, 3, 'Aneesh Kumar K.V', 'What does taking a page_lock protect aga'],
      [55, 2, 'Jerome Glisse', 'This usual page migration process like e'],
      [55, 1, 'Aneesh Kumar K.V', 'I was comparing it against the trylock_p'],
      [55, 0, 'Jerome Glisse', 'Well trylock_page() in collect function '],
      [109, 3, 'Aneesh Kumar K.V', 'All the above restore won\'t be needed if'],
      [109, 2, 'Jerome Glisse', 'Well the migration entry setup is import'],
      [109, 1, 'Aneesh Kumar K.V', 'This is the part i am still tryint to un'],
      [109, 0, 'Jerome Glisse', 'Well hmm_migrate_unmap() will unmap the '],
      [109, 1, 'Aneesh Kumar K.V', 'Isn\'t that page lock that is prevent con'],
      [109, 0, 'Jerome Glisse', 'Page lock do prevent concurrent migratio'],
      ['patch', 3, 'Aneesh Kumar K.V', 'Why are we walking the page table multip'],
      ['patch', 2, 'Jerome Glisse', 'Well you need to know the source and des'],
      ['patch', 1, 'Aneesh Kumar K.V', 'Having two array makes it easy to follow'],
      ['patch', 3, 'Aneesh Kumar K.V', 'IMHO If we can get each of the above fun'],
      ['patch', 2, 'Jerome Glisse', 'What kind of documentation are you looki'],
      ['patch', 1, 'Aneesh Kumar K.V', 'Inline documentation for functions will '],
      ['patch', 0, 'Jerome Glisse', 'Ok will do.'],
      ['patch', 1, 'Aneesh Kumar K.V', 'I still haven\'t understood why we setup '],
      ['patch', 0, 'Jerome Glisse', 'Well the one process and early is the op'],
    ]);
    const v = t.virtual[0].lines;
    assert.strictEqual(v[23 - 1], '+\t\t}', 'the trylock question follows the trylock block');
    assert.strictEqual(v[34 - 1], '+}', 'the collect question follows the end of the collect function');
    assert.strictEqual(v[55 - 1], '+\t\t}', 'the page-lock question follows the lock_page block');
    assert.strictEqual(v[109 - 1], '+\t}', 'the restore question follows the restore loop');
  });
});

/** One reply, threaded under `patchId`, quoting with the given body. */
function reply(patchId: string, subject: string, body: string[]): string {
  return ['From: Rita Reviewer <rita@example.org>', `Subject: Re: ${subject}`, 'Message-ID: <rita-1@example.org>',
    `In-Reply-To: ${patchId}`, 'Date: Tue, 1 Dec 2026 08:00:00 +0000', '', ...body, ''].join('\n');
}

describe('review: quoted words that follow no deeper quote', function () {
  let dir = '';
  let patchText = '';
  let id = '';
  const base = ['int f(int x)', '{', '\treturn x;', '}', ''].join('\n');
  before(() => {
    const s = formatPatchSeries({ 'f.c': base }, [{ subject: 'f: add one\n\nThe caller wants x + 1.', files: { 'f.c': base.replace('return x;', 'return x + 1;') } }]);
    dir = s.dir;
    patchText = fs.readFileSync(s.patches[0], 'utf8');
    id = /^Message-I[dD]: (<[^>]+>)/m.exec(patchText)![1];
  });
  after(() => removeSeries(dir));

  async function open(body: string[]): Promise<ReviewThread> {
    return openMail([{ file: 'p.patch', text: patchText }, { file: 'r.eml', text: reply(id, '[PATCH] f: add one', body) }]);
  }

  it('an earlier reviewer\'s follow-up question continues the discussion of the line before it', async () => {
    const t = await open([
      'On Mon, Nov 30, 2026, Carl wrote:', '> Bob wrote:', '> > -\treturn x;', '> > +\treturn x + 1;', '> ',
      '> Can this overflow?', '', 'Only for INT_MAX.', '', '> And is that checked?', '', 'No, it is not.']);
    const rows = t.replies[0].comments.map((c) => [c.anchor && `${c.anchor.file}:${c.anchor.side}:${c.anchor.line}`, c.depth, c.lines.map((l) => l.text).join(' '), c.answers]);
    assert.deepStrictEqual(rows, [
      ['f.c:new:3', 1, 'Can this overflow?', undefined],
      ['f.c:new:3', 0, 'Only for INT_MAX.', 0],
      ['f.c:new:3', 1, 'And is that checked?', undefined],
      ['f.c:new:3', 0, 'No, it is not.', 2],
    ]);
  });

  it('after an elision the quoted question is about the patch as a whole (no line)', async () => {
    const t = await open([
      'Carl wrote:', '> > +\treturn x + 1;', '> ', '> Can this overflow?', '', 'Only for INT_MAX.', '', '> [...]', '> ',
      '> Why not a helper for this?', '', 'Because there is one caller.']);
    const rows = t.replies[0].comments.map((c) => [c.anchor ? c.anchor.line : 'patch', c.lines[0].text]);
    assert.deepStrictEqual(rows, [[3, 'Can this overflow?'], [3, 'Only for INT_MAX.'], ['patch', 'Why not a helper for this?'], ['patch', 'Because there is one caller.']]);
  });

  it('the patch\'s own commit message, quoted, is no comment of its author', async () => {
    const t = await open(['On Mon, Nov 30, 2026, Test Author wrote:', '> The caller wants x + 1.', '', 'Which caller?']);
    const rows = t.replies[0].comments.map((c) => [c.anchor && `${c.anchor.file}:${c.anchor.side}:${c.anchor.line}`, c.depth, c.lines[0].text]);
    assert.deepStrictEqual(rows, [['COMMIT_MSG:message:1', 0, 'Which caller?']]);
  });

  it('quoted code that follows no deeper quote is no comment either', async () => {
    const t = await open(['> -\treturn x;', '> +\treturn x + 1;', '', 'Fine.']);
    assert.deepStrictEqual(t.replies[0].comments.map((c) => [c.depth, c.lines[0].text, c.anchor && c.anchor.line]), [[0, 'Fine.', 3]]);
  });
});
