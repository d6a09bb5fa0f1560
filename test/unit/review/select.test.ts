// Naming a patch or a revision the way a reviewer says it (CLI --reply / --range-diff): an index
// in the newest revision, vN/M, a subject's n/m, a Message-ID with or without brackets; anything
// else is a message naming what the mail holds.
import * as assert from 'assert';
import { allPatches, findPatch, selectPatch, selectSeries } from '../../../src/review/select';
import { openMail, type ReviewThread } from '../../../src/review/thread';
import { buildFixture, type Fixture } from './reply-fixture';

describe('review: selecting a patch or a revision', function () {
  let thread: ReviewThread;
  let f: Fixture | undefined;
  after(() => f?.repo.dispose());

  before(async function () {
    f = buildFixture();
    thread = await openMail([{ file: 'series.mbox', text: [...f.v1, ...f.v2].join('') }]);
  });

  const subject = (spec: string) => {
    const r = selectPatch(thread, spec);
    return r.patch ? r.patch.message.subject : `error: ${r.error}`;
  };

  it('reads an index, vN/M, n/m and Message-IDs', function () {
    assert.deepStrictEqual(['1', '0', 'v1/2', 'V1/0', '2/3', ' 3 '].map(subject), [
      '[PATCH v2 1/3] mm/migrate: lock collected pages',
      '[PATCH v2 0/3] *** SUBJECT HERE ***',
      '[PATCH 2/3] mm/migrate: restore steps by PAGE_SIZE',
      '[PATCH 0/3] *** SUBJECT HERE ***',
      '[PATCH v2 2/3] mm/migrate: fix the restore stride',
      '[PATCH v2 3/3] mm/migrate: pass the vma to restore_one',
    ]);
    const p = thread.series[0].patches[1].message.messageId;
    assert.strictEqual(selectPatch(thread, p).patch?.message.messageId, p);
    assert.strictEqual(selectPatch(thread, p.slice(1, -1)).patch?.message.messageId, p);
    assert.strictEqual(findPatch(thread, p.slice(1, -1))?.message.messageId, p);
    assert.strictEqual(allPatches(thread).length, 8);
  });

  it('says what the mail holds when the name matches nothing', function () {
    assert.deepStrictEqual(['4', 'v3/1', '2/5', 'v1', 'x@y', ''].map(subject), [
      'error: v2 has no patch 4; series: v1 (0,1..3), v2 (0,1..3)',
      'error: no revision v3 in the mail; series: v1 (0,1..3), v2 (0,1..3)',
      'error: no series of 5 patches in the mail; series: v1 (0,1..3), v2 (0,1..3)',
      "error: 'v1' names no patch: give an index (2), a revision and index (v2/3), a subject's n/m (2/3) or a Message-ID",
      'error: no patch with Message-ID <x@y> in the mail (replies cannot be replied to here; name the patch)',
      "error: '' names no patch: give an index (2), a revision and index (v2/3), a subject's n/m (2/3) or a Message-ID",
    ]);
    assert.strictEqual(selectSeries(thread, 'v2').series?.version, 2);
    assert.strictEqual(selectSeries(thread, '1').series?.version, 1);
    assert.strictEqual(selectSeries(thread, 'v9').error, 'no revision v9 in the mail; series: v1 (0,1..3), v2 (0,1..3)');
    assert.strictEqual(selectSeries(thread, 'next').error, "'next' names no revision (write v1, v2, ...)");
  });
});
