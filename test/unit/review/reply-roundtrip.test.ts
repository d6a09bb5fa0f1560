// The exported reply read back: postal-mime decodes the .eml (headers, threading, UTF-8 names, tabs
// in the quoted diff, LF and CRLF files, a quoted-printable body when a line is too long), and
// openMail, given the series and the reply, threads the reply under its patch and anchors each of
// its comments to the same patch line the draft was on — asserted line by line.
import * as assert from 'assert';
import { buildPatchDocument, docLineOf } from '../../../src/review/patch-doc';
import PostalMime from 'postal-mime';
import { encodeAddress, encodeEml, encodeWords, foldHeader, makeMessageId, quotedPrintable, rfc2822Date } from '../../../src/review/eml';
import { renderReply } from '../../../src/review/reply';
import { openMail, type ReviewThread } from '../../../src/review/thread';
import { buildFixture, drafts, REVIEWER, type Fixture } from './reply-fixture';

const OPTS = { date: new Date('2026-12-01T09:00:00Z'), eml: { random: () => 'r4nd0m' } };

describe('review: the exported reply round-trips through postal-mime and openMail', function () {
  let f: Fixture;
  let series: string;
  let thread: ReviewThread;
  let p1: string, p2: string;

  after(() => f?.repo.dispose());

  before(async function () {
    f = buildFixture();
    series = [...f.v1, ...f.v2].join('');
    thread = await openMail([{ file: 'series.mbox', text: series }]);
    [p1, p2] = thread.series[0].patches.map((p) => p.message.messageId);
  });

  it('postal-mime reads headers, threading, UTF-8 names and the body as written (LF and CRLF)', async function () {
    const r = renderReply(thread, p1, drafts(p1, p2), REVIEWER, OPTS);
    assert.match(r.text, /^To: =\?UTF-8\?Q\?J=C3=A9r=C3=B4me_Glisse\?= <jglisse@example\.org>$/m);
    assert.ok(!/[^\x00-\x7f]/.test(r.text.slice(0, r.text.indexOf('\n\n'))), 'headers are ASCII');
    assert.ok(r.text.slice(0, r.text.indexOf('\n\n')).split('\n').every((l) => l.length <= 78 || !/\s/.test(l.replace(/^[\w-]+: /, '').trim())), 'headers folded (only a long Message-ID stands alone)');
    for (const crlf of [false, true]) {
      const text = renderReply(thread, p1, drafts(p1, p2), REVIEWER, { ...OPTS, eml: { ...OPTS.eml, crlf } }).text;
      assert.strictEqual(text.includes('\r\n'), crlf);
      const m = await PostalMime.parse(text);
      assert.deepStrictEqual(m.from, { name: 'Aneesh Kumar K.V', address: 'aneesh@example.org' });
      assert.deepStrictEqual(m.to, [{ name: 'Jérôme Glisse', address: 'jglisse@example.org' }]);
      assert.deepStrictEqual(m.cc, [{ name: '', address: 'linux-mm@kvack.org' }, { name: 'Andrew Morton', address: 'akpm@example.org' }, { name: 'Zoë Ünicode', address: 'zoe@example.org' }]);
      assert.strictEqual(m.subject, 'Re: [PATCH 1/3] mm/migrate: lock collected pages');
      assert.strictEqual(m.messageId, '<20261201090000.mmstep.r4nd0m@example.org>');
      assert.strictEqual(m.inReplyTo, p1);
      assert.strictEqual(m.references, `${thread.series[0].cover!.message.messageId} ${p1}`);
      assert.strictEqual(new Date(m.date!).toISOString(), '2026-12-01T09:00:00.000Z');
      assert.strictEqual(m.text!.replace(/\r\n/g, '\n'), r.body);
      assert.ok(m.text!.includes('> +\t\tmpfn = pte_pfn(addr) | MIGRATE_PFN_MIGRATE;'), 'tabs intact');
      assert.ok(m.text!.startsWith('On Mon, 30 Nov 2026 10:00:00 +0000, Jérôme Glisse wrote:'));
    }
  });

  it('re-opened with the series, the reply threads under its patch and each comment sits on its draft line', async function () {
    const store = drafts(p1, p2);
    const r = renderReply(thread, p1, store, REVIEWER, OPTS);
    const back = await openMail([{ file: 'series.mbox', text: series }, { file: 'reply.eml', text: r.text }]);
    assert.deepStrictEqual(back.diagnostics, []);
    const reply = back.replies.find((x) => x.message.messageId === r.headers['Message-ID'])!;
    assert.strictEqual(reply.patch, p1);
    assert.strictEqual(reply.parent, p1);
    assert.deepStrictEqual(back.series[0].patches[0].replies, [reply.message.messageId]);
    assert.deepStrictEqual(reply.parsed.authors, ['Aneesh Kumar K.V', 'Jérôme Glisse']);
    const rows = reply.comments.map((c) => `${c.anchor ? `${c.anchor.file}:${c.anchor.side}:${c.anchor.line}${c.anchor.exact ? '' : '~'}` : 'none'} | ${c.lines[0].text}`);
    assert.deepStrictEqual(rows, [
      'none | Thanks for the series, a few questions below.',
      'COMMIT_MSG:message:2 | Meanwhile until when?',
      'mm/migrate_device.c:file:0 | This file needs a comment on the locking order.',
      'mm/migrate_device.c:old:11 | The old code did not mark the pfn here.',
      'mm/migrate_device.c:new:12 | How do we know the page is used by one process only? The page lock alone',
      'mm/migrate_device.c:new:14 | nit: continue leaves the pfn marked.',
    ]);
    // Line by line: every draft on a patch line is back on that line, its words (and evidence) under it.
    for (const pl of r.placements.filter((x) => x.at === 'line')) {
      const t = store.threads.find((x) => x.id === pl.thread)!;
      assert.ok(t.target.kind === 'line');
      const c = reply.comments.find((x) => x.lines.some((l) => l.mailLine === reply.message.bodyLine + pl.bodyLine - 1))!;
      assert.ok(c && c.anchor, `${t.id} re-anchored`);
      const want = t.target.side === 'message' ? 'COMMIT_MSG' : t.target.file;
      assert.deepStrictEqual([c.anchor.file, c.anchor.side, c.anchor.line, c.anchor.exact], [want, t.target.side, t.target.line, true], t.id);
      const words = c.lines.map((l) => l.text).join(' ').replace(/\s+/g, ' ');
      for (const dc of t.comments) assert.ok(words.includes(dc.body.replace(/\s+/g, ' ')), `${t.id}: ${dc.body}`);
      for (const ev of t.comments.flatMap((x) => x.evidence)) for (const l of ev.excerpt.split('\n')) assert.ok(c.lines.some((q) => q.text === `    ${l}`), l);
    }
    // A file comment is back on its file: the patch document's `diff --git` line of that file.
    const fileComment = reply.comments.find((c) => c.anchor?.side === 'file')!;
    const doc = buildPatchDocument(back.series[0].patches[0].message, back.series[0].patches[0].body);
    const at = docLineOf(doc, fileComment.anchor!.file, 'file', 0)!;
    assert.strictEqual(doc.text.split('\n')[at - 1], 'diff --git a/mm/migrate_device.c b/mm/migrate_device.c');
    // The quoted lines themselves anchor to the patch lines they came from.
    const lock = reply.comments[4].anchor!;
    assert.deepStrictEqual(lock.lines.map((l) => `${l.side}:${l.line}`), ['new:11', 'new:12']);
    // Trailers given in the reply are collected on the patch.
    const r2 = renderReply(thread, p2, store, REVIEWER, OPTS);
    const back2 = await openMail([{ file: 'series.mbox', text: series }, { file: 'reply2.eml', text: r2.text }]);
    assert.deepStrictEqual(back2.series[0].patches[1].trailers.filter((x) => x.fromReply).map((x) => `${x.name}: ${x.value}`), ['Reviewed-by: Aneesh Kumar K.V <aneesh@example.org>']);
    assert.strictEqual(back2.replies[0].comments[0].anchor?.line, 23);
  });

  it('sends a body with a line over 998 bytes as quoted-printable, decoded back unchanged', async function () {
    const body = `On x wrote:\n> \tfoo = bar;\n\n${'é'.repeat(600)}\n=tail with = signs and trailing space \n`;
    const enc = encodeEml({ from: { name: 'Zoë', address: 'z@example.org' }, to: [], cc: [], subject: 'Re: ünïcode subject that is long enough to need folding across more than one encoded word', references: [], body }, { now: () => new Date(0), random: () => 'q' });
    assert.strictEqual(enc.transferEncoding, 'quoted-printable');
    assert.ok(enc.text.split('\n').every((l) => l.length <= 78), 'every line within 78');
    const m = await PostalMime.parse(enc.text);
    assert.strictEqual(m.text, body);
    assert.strictEqual(m.subject, 'Re: ünïcode subject that is long enough to need folding across more than one encoded word');
    assert.deepStrictEqual(m.from, { name: 'Zoë', address: 'z@example.org' });
    assert.strictEqual(enc.messageId, '<19700101000000.mmstep.q@example.org>');
  });

  it('encodes names, dates and ids as RFC 2047 / 2822 / 5322 want', function () {
    assert.strictEqual(encodeAddress({ name: 'Glisse, Jerome', address: 'j@x' }), '"Glisse, Jerome" <j@x>');
    assert.strictEqual(encodeAddress({ name: 'Jerome Glisse', address: 'j@x' }), 'Jerome Glisse <j@x>');
    assert.strictEqual(encodeAddress({ name: '', address: 'j@x' }), 'j@x');
    assert.ok(encodeWords('ü'.repeat(40)).every((w) => w.length <= 75 && /^=\?UTF-8\?Q\?(=C3=BC)+\?=$/.test(w)));
    assert.strictEqual(rfc2822Date(new Date('2026-02-03T04:05:06Z')), 'Tue, 03 Feb 2026 04:05:06 +0000');
    assert.strictEqual(makeMessageId('me@lists.example.org', new Date('2026-02-03T04:05:06Z'), 'a/b c'), '<20260203040506.mmstep.abc@lists.example.org>');
    assert.strictEqual(makeMessageId('nodomain', new Date(0), ''), '<19700101000000.mmstep.x@localhost>');
    assert.strictEqual(foldHeader('References', ['<a@x>', '<b@x>'], ' '), 'References: <a@x> <b@x>');
    assert.strictEqual(quotedPrintable('a=b \t'), 'a=3Db =09');
  });
});
