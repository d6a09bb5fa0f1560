// A thread opened without its patch, shaped like the 2016 HMM v13 16/18 review (seed thread
// 05dd481b): questions asked under quoted code, answered at ever deeper quote depths. The fixture
// paraphrases that thread's structure in our own words and quotes code from kernel/mm/hmm_migrate_v13.c
// (the project's own C), not the posted patch. The code is rebuilt into a virtual document once,
// and every question and answer lands on the code line it follows.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { openMail, type ReviewThread } from '../../../src/review/thread';

const FIXTURE = path.join(__dirname, '../../../../test/fixtures/review/hmm-v13-review-shape.mbox');

describe('review: a thread without its patch (the seed thread\'s shape)', function () {
  let t: ReviewThread;
  before(async function () {
    t = await openMail([{ file: 'hmm-v13-review-shape.mbox', text: fs.readFileSync(FIXTURE, 'utf8') }]);
  });

  it('rebuilds one virtual document from the quoted fragments, each once', function () {
    assert.deepStrictEqual(t.diagnostics, []);
    assert.strictEqual(t.series.length, 0);
    assert.strictEqual(t.virtual.length, 1);
    assert.strictEqual(t.virtual[0].file, 'virtual:mm/hmm/migrate: new memory migration helper for use with device memory');
    assert.deepStrictEqual(t.virtual[0].lines, [
      '+\t\t*slot = hmm_pfn_from_pfn(pfn) | HMM_PFN_MIGRATE | flags;', '+\t\tmigrate->npages++;', '+\t\tget_page(page);', '+',
      '+\t\tif (!trylock_page(page)) {', '+\t\t\tset_pte_at(mm, addr, ptep, orig);', '+\t\t\tcontinue;', '+\t\t}',
      '+\tfor (; addr < next && restore; addr += PAGE_SHIFT, i++) {', '+\t\tstruct page *page = hmm_pfn_to_page(migrate->pfns[i]);']);
  });

  it('names the author of every quote depth from attributions and alternation', function () {
    assert.deepStrictEqual(t.replies.map((r) => r.parsed.authors), [
      ['Aneesh Kumar K.V', 'Jerome Glisse'],
      ['Jerome Glisse', 'Aneesh Kumar K.V', 'Jerome Glisse', 'Aneesh Kumar K.V', 'Jerome Glisse']]);
    assert.strictEqual(t.replies[1].parent, '<aneesh-1@example.org>', 'threaded through References to the mail that is present');
  });

  it('anchors each question and answer on the quoted code line it follows', function () {
    const doc = t.virtual[0].lines;
    const rows = t.replies.flatMap((r, ri) => r.comments.map((c) =>
      `${ri}@${c.depth} ${c.author}: ${c.lines[0].text.split(' ').slice(0, 4).join(' ')} -> ${c.anchor!.line} ${doc[c.anchor!.line - 1].trim()}${c.answers !== undefined ? ` (answers ${c.answers})` : ''}`));
    assert.deepStrictEqual(rows, [
      '0@0 Aneesh Kumar K.V: If this is only -> 8 +\t\t}',
      '0@0 Aneesh Kumar K.V: Why does this walk -> 10 +\t\tstruct page *page = hmm_pfn_to_page(migrate->pfns[i]);',
      '1@3 Aneesh Kumar K.V: If this is only -> 8 +\t\t}',
      '1@2 Jerome Glisse: It can be shared, -> 8 +\t\t} (answers 0)',
      '1@1 Aneesh Kumar K.V: Earlier you called it -> 8 +\t\t} (answers 1)',
      '1@0 Jerome Glisse: The mapcount says so, -> 8 +\t\t} (answers 2)',
      '1@3 Aneesh Kumar K.V: Why does this walk -> 10 +\t\tstruct page *page = hmm_pfn_to_page(migrate->pfns[i]);',
      '1@2 Jerome Glisse: Two arrays would need -> 10 +\t\tstruct page *page = hmm_pfn_to_page(migrate->pfns[i]); (answers 4)',
      '1@0 Jerome Glisse: Then I will document -> 10 +\t\tstruct page *page = hmm_pfn_to_page(migrate->pfns[i]); (answers 5)',
    ]);
  });

  it('maps every quoted code line of a question to its virtual line, exactly', function () {
    const q = t.replies[1].comments[0];
    const mail = fs.readFileSync(FIXTURE, 'utf8').split('\n');
    assert.deepStrictEqual(q.anchor!.lines.map((l) => `${l.line}:${l.exact} ${mail[l.quoteMailLine - 1]}`), t.virtual[0].lines.slice(0, 8).map((l, i) => `${i + 1}:true > >> > ${l}`));
    assert.deepStrictEqual(q.lines.map((l) => l.text), ['If this is only an optimisation, could it be a patch of its own? Why does', 'a successful trylock mean the mapping is not shared?']);
  });
});
