// The reviewer's drafts as the comments UI changes them: threads on a line, a file and the whole
// patch, replies, edit, delete (a thread left empty goes), resolve, evidence, trailers from a git
// identity, and the file round trip (serialize → parse) with the review set's mail files kept.
import * as assert from 'assert';
import {
  addComment, addThread, addTrailer, attachEvidence, deleteComment, deleteThread, draftsKey, editComment, emptyDrafts,
  formatTrailer, parseDrafts, removeTrailer, serializeDrafts, setResolved, type StepEvidence,
} from '../../../src/review/drafts';

const T0 = '2026-12-02T03:00:00.000Z', T1 = '2026-12-02T03:05:00.000Z';

describe('review drafts: operations', () => {
  it('adds threads with unique ids and a first comment, replies in order', () => {
    const s = emptyDrafts();
    const a = addThread(s, '<p1@x>', { kind: 'line', file: 'mm/migrate_device.c', side: 'new', line: 12 }, 'Why PAGE_SHIFT?', T0);
    const b = addThread(s, '<p1@x>', { kind: 'file', file: 'mm/migrate_device.c' }, 'The file needs a comment at the top.', T0);
    const c = addThread(s, '<p2@x>', { kind: 'patch' }, 'Looks fine.', T0);
    assert.deepStrictEqual([a.id, b.id, c.id], ['t1', 't2', 't3']);
    assert.deepStrictEqual(s.threads.flatMap((t) => t.comments.map((x) => x.id)), ['c1', 'c2', 'c3']);
    const r = addComment(s, a.id, 'And the restore loop too.', T1)!;
    assert.strictEqual(r.id, 'c4');
    assert.deepStrictEqual(s.threads[0].comments.map((x) => x.body), ['Why PAGE_SHIFT?', 'And the restore loop too.']);
    assert.strictEqual(addComment(s, 'nope', 'x', T1), undefined);
    assert.strictEqual(s.threads[0].resolved, false);
  });

  it('edits, resolves, deletes comments and drops a thread left empty; ids are not reused', () => {
    const s = emptyDrafts();
    const t = addThread(s, '<p1@x>', { kind: 'patch' }, 'first', T0);
    addComment(s, t.id, 'second', T0);
    assert.ok(editComment(s, t.id, 'c1', 'first, edited', T1));
    assert.strictEqual(s.threads[0].comments[0].updated, T1);
    assert.strictEqual(editComment(s, t.id, 'c9', 'x', T1), false);
    assert.ok(setResolved(s, t.id, true));
    assert.strictEqual(s.threads[0].resolved, true);
    assert.deepStrictEqual(deleteComment(s, t.id, 'c1'), { deleted: true, threadGone: false });
    assert.deepStrictEqual(deleteComment(s, t.id, 'c2'), { deleted: true, threadGone: true });
    assert.strictEqual(s.threads.length, 0);
    assert.deepStrictEqual(deleteComment(s, t.id, 'c2'), { deleted: false, threadGone: false });
    const u = addThread(s, '<p1@x>', { kind: 'patch' }, 'again', T0);
    addThread(s, '<p1@x>', { kind: 'patch' }, 'other', T0);
    assert.ok(deleteThread(s, u.id));
    assert.deepStrictEqual(s.threads.map((x) => x.id), ['t2']);
    assert.strictEqual(addThread(s, '<p1@x>', { kind: 'patch' }, 'third', T0).id, 't3');
  });

  it('attaches step evidence to a comment', () => {
    const s = emptyDrafts();
    const t = addThread(s, '<p1@x>', { kind: 'patch' }, 'see the run', T0);
    const ev: StepEvidence = { kind: 'step', scenario: '/w/a.mmstep.yaml', step: 42, label: 'collect() mm/x.c:12', excerpt: 'pte 0x1000: migration entry' };
    assert.ok(attachEvidence(s, t.id, 'c1', ev, T1));
    assert.deepStrictEqual(s.threads[0].comments[0].evidence, [ev]);
    assert.strictEqual(attachEvidence(s, t.id, 'c7', ev, T1), false);
  });

  it('formats trailers from a git identity and refuses one without a mail address', () => {
    assert.deepStrictEqual(formatTrailer('Reviewed-by', { name: 'Aneesh Kumar K.V', email: 'aneesh@example.org' }), { trailer: 'Reviewed-by: Aneesh Kumar K.V <aneesh@example.org>' });
    assert.deepStrictEqual(formatTrailer('Tested-by', { name: 'Jérôme Glisse', email: 'j@example.org' }), { trailer: 'Tested-by: Jérôme Glisse <j@example.org>' });
    assert.match(formatTrailer('Acked-by', { name: 'X', email: 'not-an-address' }).error!, /not a mail address/);
    assert.match(formatTrailer('Acked-by', { name: ' ', email: 'x@y' }).error!, /needs a name/);
    const s = emptyDrafts();
    assert.ok(addTrailer(s, '<p1@x>', 'Reviewed-by: A <a@x>'));
    assert.strictEqual(addTrailer(s, '<p1@x>', 'Reviewed-by: A <a@x>'), false, 'the same trailer once');
    assert.ok(addTrailer(s, '<p1@x>', 'Tested-by: A <a@x>'));
    assert.deepStrictEqual(s.trailers['<p1@x>'], ['Reviewed-by: A <a@x>', 'Tested-by: A <a@x>']);
    assert.ok(removeTrailer(s, '<p1@x>', 'Reviewed-by: A <a@x>'));
    assert.ok(removeTrailer(s, '<p1@x>', 'Tested-by: A <a@x>'));
    assert.strictEqual(s.trailers['<p1@x>'], undefined);
    assert.strictEqual(removeTrailer(s, '<p1@x>', 'Tested-by: A <a@x>'), false);
  });

  it('round-trips through the file text, keeping the mail files, and names a set by its files in any order', () => {
    const s = { ...emptyDrafts(), mails: ['/m/b.patch', '/m/a.mbox'] };
    const t = addThread(s, '<p1@x>', { kind: 'line', file: 'COMMIT_MSG', side: 'message', line: 3 }, 'typo', T0);
    setResolved(s, t.id, true);
    addTrailer(s, '<p1@x>', 'Acked-by: A <a@x>');
    const back = parseDrafts(serializeDrafts(s));
    assert.strictEqual(back.error, undefined);
    assert.deepStrictEqual({ ...back.store, trailers: { ...back.store.trailers } }, s);
    assert.strictEqual(draftsKey(['/m/a.mbox', '/m/b.patch']), draftsKey(['/m/b.patch', '/m/a.mbox']));
    assert.notStrictEqual(draftsKey(['/m/a.mbox']), draftsKey(['/m/a.mbox', '/m/b.patch']));
    assert.match(draftsKey(['/m/a.mbox']), /^a\.mbox-[0-9a-f]{16}$/);
    assert.match(parseDrafts('{"version":1,"threads":[{"id":1}]}').error!, /1 malformed draft thread/);
    assert.match(parseDrafts('{"version":1,"threads":[').error!, /not JSON/);
  });
});
