// renderReply on a real git format-patch series: the kernel-style body (attribution, exact `> `
// quoting with tabs, trimming with [...], comments below their lines in document order, evidence
// indented, trailers last), reply-all headers and threading, resolved threads left out, and the
// clear answers for an empty review and for drafts on lines the patch does not show.
import * as assert from 'assert';
import { emptyDrafts, parseDrafts, type DraftStore } from '../../../src/review/drafts';
import { attribution, renderReply, replyRecipients, replySubject } from '../../../src/review/reply';
import { openMail, type ReviewThread } from '../../../src/review/thread';
import { wrapProse } from '../../../src/review/wrap';
import { GitSeriesRepo } from './git-series';
import { buildFixture, drafts, REVIEWER, type Fixture } from './reply-fixture';

const DATE = new Date('2026-12-01T09:00:00Z');
const OPTS = { date: DATE, eml: { random: () => 'r4nd0m' } };

describe('review: renderReply on a git format-patch series', function () {
  let f: Fixture;
  let thread: ReviewThread;
  let p1: string, p2: string, p3: string;
  let store: DraftStore;

  after(() => f?.repo.dispose());

  before(async function () {
    f = buildFixture();
    thread = await openMail([{ file: 'series.mbox', text: [...f.v1, ...f.v2].join('') }]);
    assert.deepStrictEqual(thread.diagnostics, []);
    [p1, p2, p3] = thread.series[0].patches.map((p) => p.message.messageId);
    store = drafts(p1, p2);
  });

  it('quotes the commented lines exactly, trims the rest with [...], comments below their lines', function () {
    const r = renderReply(thread, p1, store, REVIEWER, OPTS);
    assert.deepStrictEqual(r.diagnostics, []);
    assert.deepStrictEqual(r.body.split('\n'), [
      'On Mon, 30 Nov 2026 10:00:00 +0000, Jérôme Glisse wrote:',
      '',
      'Thanks for the series, a few questions below.',
      '',
      '> Collect marks each pfn for migration and takes the page lock',
      '> so that nobody else can map the page meanwhile.',
      '',
      'Meanwhile until when?',
      '',
      '[...]',
      '',
      '> diff --git a/mm/migrate_device.c b/mm/migrate_device.c',
      '',
      'This file needs a comment on the locking order.',
      '',
      '[...]',
      '',
      '>  \tint npages = 0;',
      '>  ',
      '>  \tfor (; addr < end; addr += PAGE_SIZE) {',
      '> -\t\tmpfn = pte_pfn(addr);',
      '',
      'The old code did not mark the pfn here.',
      '',
      '> +\t\tmpfn = pte_pfn(addr) | MIGRATE_PFN_MIGRATE;',
      '>  \t\tnpages++;',
      '',
      'How do we know the page is used by one process only? The page lock alone',
      'does not say that, and a second mapping could still be established',
      'through fork while we hold it.',
      '',
      'Stepping through it shows the lock is taken with the mapcount at 2:',
      '',
      'mmstep run (fork-race.mmstep.yaml, step 42): collect_pmd() mm/migrate_device.c:12',
      '    page pfn 0x100: mapcount 2, locked',
      '    \tpte 0x7f0000000000 -> pfn 0x100 (present, write)',
      '',
      'Also: trylock_page() on a pfn that may not be valid?',
      '',
      '> +\t\tif (!trylock_page(pfn_to_page(mpfn)))',
      '> +\t\t\tcontinue;',
      '',
      'nit: continue leaves the pfn marked.',
      '',
      '[...]',
      '',
    ]);
    // Every quoted line is a line of the patch mail as sent, byte for byte.
    const mail = f.v1[1].split('\n');
    for (const l of r.body.split('\n').filter((x) => x.startsWith('>'))) assert.ok(mail.includes(l === '>' ? '' : l.slice(2)), l);
    assert.ok(!r.body.includes('RESOLVED'), 'a resolved thread is left out');
    assert.ok(!r.body.includes('Good catch'), "another patch's thread is left out");
    assert.deepStrictEqual(r.placements.map((p) => `${p.thread}:${p.at}:${r.body.split('\n')[p.bodyLine - 1].slice(0, 12)}`), [
      't-patch:top:Thanks for t', 't-msg:line:Meanwhile un', 't-file:file:This file ne', 't-old:line:The old code',
      't-lock:line:How do we kn', 't-second:line:Also: tryloc', 't-cont:line:nit: continu']);
  });

  it('threads under the patch and replies to all, without the reviewer and without duplicates', function () {
    const r = renderReply(thread, p1, store, REVIEWER, OPTS);
    const patch = thread.series[0].patches[0].message;
    assert.deepStrictEqual(r.headers, {
      From: 'Aneesh Kumar K.V <aneesh@example.org>',
      To: 'Jérôme Glisse <jglisse@example.org>',
      Cc: 'linux-mm@kvack.org, Andrew Morton <akpm@example.org>, Zoë Ünicode <zoe@example.org>',
      Subject: 'Re: [PATCH 1/3] mm/migrate: lock collected pages',
      'In-Reply-To': p1,
      References: `${thread.series[0].cover!.message.messageId} ${p1}`,
      Date: 'Tue, 01 Dec 2026 09:00:00 +0000',
      'Message-ID': '<20261201090000.mmstep.r4nd0m@example.org>',
    });
    assert.deepStrictEqual(patch.references, [thread.series[0].cover!.message.messageId]);
    assert.strictEqual(replySubject('Re: [PATCH 1/3] x'), 'Re: [PATCH 1/3] x');
    assert.strictEqual(replySubject('RE:  [PATCH]   x'), 'RE: [PATCH] x');
    // Replying to one's own patch goes to the list it was sent to.
    const own = replyRecipients({ name: 'A', address: 'a@x' }, [{ name: '', address: 'list@x' }, { name: 'B', address: 'b@x' }], [{ name: '', address: 'A@X' }], 'a@x');
    assert.deepStrictEqual(own, { to: [{ name: '', address: 'list@x' }], cc: [{ name: 'B', address: 'b@x' }] });
  });

  it('gives a trailers-only reply (a bare trailer name is completed from the identity)', function () {
    const r = renderReply(thread, p2, { ...store, threads: [] }, REVIEWER, OPTS);
    assert.deepStrictEqual(r.diagnostics, []);
    assert.deepStrictEqual(r.body.split('\n'), [
      'On Mon, 30 Nov 2026 10:00:00 +0000, Jérôme Glisse wrote:',
      '',
      '[...]',
      '',
      'Reviewed-by: Aneesh Kumar K.V <aneesh@example.org>',
      '',
    ]);
    const ack = renderReply(thread, p1, { version: 1, threads: [], trailers: { [p1]: ['Acked-by:'] } }, REVIEWER, OPTS);
    assert.deepStrictEqual(ack.body.split('\n'), [
      'On Mon, 30 Nov 2026 10:00:00 +0000, Jérôme Glisse wrote:',
      '> Collect marks each pfn for migration and takes the page lock',
      '> so that nobody else can map the page meanwhile.',
      '',
      '[...]',
      '',
      'Acked-by: Aneesh Kumar K.V <aneesh@example.org>',
      '',
    ]);
    const withSig = renderReply(thread, p2, store, REVIEWER, { ...OPTS, signature: 'Aneesh' });
    assert.deepStrictEqual(withSig.body.split('\n').slice(-6), ['', 'Reviewed-by: Aneesh Kumar K.V <aneesh@example.org>', '', '-- ', 'Aneesh', '']);
    assert.ok(withSig.body.includes('> +\tfor (; addr < vma->end; addr += PAGE_SIZE)\n\nGood catch.\n'));
  });

  it('says so when there is nothing to reply, and for drafts on lines the patch does not show', async function () {
    const none = renderReply(thread, p3, emptyDrafts(), REVIEWER, OPTS);
    assert.deepStrictEqual(none.diagnostics.map((d) => `${d.severity}: ${d.message}`), [`error: nothing to reply to ${p3}: no open draft comment and no trailer for this patch`]);
    const odd: DraftStore = { version: 1, trailers: { [p3]: ['Acked-by: Someone <s@x>', 'Looks-good-to: me', 'Acked-by: Someone <s@x>'] }, threads: [
      { id: 'gone', patch: p3, target: { kind: 'line', file: 'mm/migrate_device.c', side: 'new', line: 3 }, comments: [{ id: 'x', body: 'Stale comment.', created: '', evidence: [] }], resolved: false },
      { id: 'nofile', patch: p3, target: { kind: 'file', file: 'mm/other.c' }, comments: [{ id: 'y', body: 'Where is it?', created: '', evidence: [] }], resolved: false },
    ] };
    const r = renderReply(thread, p3, odd, REVIEWER, { ...OPTS, draftsFile: 'drafts.json' });
    assert.deepStrictEqual(r.diagnostics.map((d) => `${d.file}:${d.severity}: ${d.message}`), [
      'series.mbox:warning: draft thread gone is on mm/migrate_device.c:new:3, a line the patch does not show; it is placed at the top of the reply',
      'series.mbox:warning: draft thread nofile is on file mm/other.c, which the patch does not change; it is placed at the top of the reply',
      "drafts.json:warning: trailer 'Looks-good-to: me' is not a known trailer (Reviewed-by:, Acked-by:, Tested-by:, ...); written as given",
    ]);
    assert.deepStrictEqual(r.body.split('\n').slice(0, 6), ['On Mon, 30 Nov 2026 10:00:00 +0000, Jérôme Glisse wrote:', '', 'Stale comment.', '', 'Where is it?', '']);
    assert.deepStrictEqual(r.body.split('\n').slice(-4), ['', 'Acked-by: Someone <s@x>', 'Looks-good-to: me', '']);
    // A patch without a usable Message-ID cannot be threaded under: said, not guessed.
    const raw = f.v1[1];
    for (const [id, want] of [['', 'error: the patch has no Message-ID: the reply cannot thread under it (no In-Reply-To)'],
      ['Message-ID: not an id', "error: the patch's Message-ID 'not an id' is not <id@host>: the reply cannot thread under it"],
      ['Message-ID: bare@example.org', '']] as const) {
      const t2 = await openMail([{ file: 'one.patch', text: raw.replace(/^Message-I[dD]: .*\n/m, id ? `${id}\n` : '') }]);
      const pid = t2.series[0].patches[0].message.messageId;
      const r2 = renderReply(t2, pid, { version: 1, threads: [], trailers: { [pid]: ['Acked-by'] } }, REVIEWER, OPTS);
      assert.deepStrictEqual(r2.diagnostics.map((d) => `${d.severity}: ${d.message}`), want ? [want] : [], id);
      assert.strictEqual(r2.headers['In-Reply-To'], want ? '' : '<bare@example.org>');
      assert.strictEqual(/^In-Reply-To:/m.test(r2.text), !want);
    }
    // A hand-edited drafts file with holes: placed, reported, never a throw.
    const weird = parseDrafts(JSON.stringify({ version: 1, trailers: {}, threads: [{ id: 'w', patch: p3, target: { kind: 'line' }, comments: [{ id: 'c', body: 'Odd.', evidence: [{}] }], resolved: false }] })).store;
    const rw = renderReply(thread, p3, weird, REVIEWER, OPTS);
    assert.deepStrictEqual(rw.diagnostics.map((d) => d.message), ['draft thread w is on ?:?:?, a line the patch does not show; it is placed at the top of the reply']);
    assert.ok(rw.body.includes('\n\nOdd.\n\nmmstep run (a step)\n\n[...]\n'), rw.body);
    const missing = renderReply(thread, '<nope@x>', store, REVIEWER, OPTS);
    assert.match(missing.diagnostics[0].message, /no patch with Message-ID <nope@x>/);
  });

  it('includes resolved threads when asked, and wraps prose only', function () {
    const r = renderReply(thread, p1, store, REVIEWER, { ...OPTS, resolved: 'include' });
    assert.ok(r.body.includes('>  \tfor (; addr < end; addr += PAGE_SIZE) {\n\nRESOLVED — must not appear.\n'), r.body);
    const long = 'word '.repeat(30).trim();
    assert.deepStrictEqual(wrapProse(`${long}\n\tcode(line, with, a, tab, that, is, much, longer, than, seventy, two, columns);\n> quoted ${long}\n- item ${long}`, 40), [
      'word word word word word word word word', 'word word word word word word word word', 'word word word word word word word word', 'word word word word word word',
      '\tcode(line, with, a, tab, that, is, much, longer, than, seventy, two, columns);',
      `> quoted ${long}`,
      '- item word word word word word word', '  word word word word word word word', '  word word word word word word word', '  word word word word word word word', '  word word word',
    ]);
    assert.strictEqual(attribution({ name: '', address: 'x@y' }, undefined), 'x@y wrote:');
  });

  it('keeps a commented file header per file, context only inside the hunk, and never wraps a quoted line', async function () {
    const a = Array.from({ length: 40 }, (_, i) => `\tline_${i + 1}();`);
    const repo = new GitSeriesRepo({ name: 'Ann', email: 'ann@example.org' }, [{ file: 'mm/a.c', lines: a }, { file: 'mm/b.c', lines: ['int b;', ''] }]);
    const a2 = [...a];
    a2[4] = '\tline_5(with_a_rather_long_argument_list, and_more_arguments, and_even_more_of_them);';
    a2[30] = '\tline_31_changed();';
    const mails = repo.series(1, [{ file: 'mm/a.c', lines: a2, msg: 'mm: two files\n\nTouch both.', more: [{ file: 'mm/b.c', lines: ['int b;', 'int c;', ''] }] }]);
    assert.strictEqual(mails.length, 2, 'cover letter and one patch');
    const t = await openMail([{ file: 'two.mbox', text: mails.join('') }]);
    const patch = t.series[0].patches[0];
    assert.deepStrictEqual(patch.body.files.map((x) => x.newName), ['mm/a.c', 'mm/b.c']);
    const id = patch.message.messageId;
    const th = (tid: string, file: string, line: number) => ({ id: tid, patch: id, target: { kind: 'line' as const, file, side: 'new' as const, line }, comments: [{ id: tid, body: `On ${file}:${line}.`, created: '', evidence: [] }], resolved: false });
    const evOnly = { ...th('b2', 'mm/b.c', 2), comments: [th('b2', 'mm/b.c', 2).comments[0], { id: 'e', body: '  ', created: '', evidence: [{ kind: 'step' as const, scenario: 's.mmstep.yaml', step: 7, label: 'b() mm/b.c:2', excerpt: 'c = 0\n' }] }] };
    const r = renderReply(t, id, { version: 1, trailers: {}, threads: [th('a5', 'mm/a.c', 5), th('a31', 'mm/a.c', 31), evOnly] }, REVIEWER, { ...OPTS, context: 5 });
    assert.deepStrictEqual(r.diagnostics, []);
    assert.deepStrictEqual(r.body.split('\n'), [
      'On Mon, 30 Nov 2026 10:00:00 +0000, Ann wrote:',
      '',
      '[...]',
      '',
      '> diff --git a/mm/a.c b/mm/a.c',
      '',
      '[...]',
      '',
      '>  \tline_2();',
      '>  \tline_3();',
      '>  \tline_4();',
      '> -\tline_5();',
      '> +\tline_5(with_a_rather_long_argument_list, and_more_arguments, and_even_more_of_them);',
      '',
      'On mm/a.c:5.',
      '',
      '[...]',
      '',
      '>  \tline_28();',
      '>  \tline_29();',
      '>  \tline_30();',
      '> -\tline_31();',
      '> +\tline_31_changed();',
      '',
      'On mm/a.c:31.',
      '',
      '[...]',
      '',
      '> diff --git a/mm/b.c b/mm/b.c',
      '',
      '[...]',
      '',
      '>  int b;',
      '> +int c;',
      '',
      'On mm/b.c:2.',
      '',
      'mmstep run (s.mmstep.yaml, step 7): b() mm/b.c:2',
      '    c = 0',
      '',
      '[...]',
      '',
    ]);
    const back = await openMail([{ file: 'two.mbox', text: mails.join('') }, { file: 'r.eml', text: r.text }]);
    assert.deepStrictEqual(back.replies[0].comments.map((c) => `${c.anchor?.file}:${c.anchor?.side}:${c.anchor?.line} ${c.lines[0].text}`),
      ['mm/a.c:new:5 On mm/a.c:5.', 'mm/a.c:new:31 On mm/a.c:31.', 'mm/b.c:new:2 On mm/b.c:2.']);
    repo.dispose();
  });
});
