// A real series made by git format-patch in a temp repo (cover letter, 3 patches, and a v2), with
// review replies quoting at several depths and with elisions, in one mboxrd: parsed, threaded,
// trailers collected and every reply comment anchored, asserted line by line.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openMail, type ReviewThread } from '../../../src/review/thread';

const BASE = [
  '// toy migrate', '#include "mm.h"', '',
  'static int collect_pmd(struct vma *vma, unsigned long addr)', '{',
  '\tunsigned long mpfn = 0;', '\tint npages = 0;', '',
  '\tfor (; addr < vma->end; addr += PAGE_SIZE) {', '\t\tmpfn = pte_pfn(addr);', '\t\tnpages++;', '\t}',
  '\treturn npages;', '}', '',
  'static void restore(struct vma *vma)', '{', '\tunsigned long addr = vma->start;', '',
  '\tfor (; addr < vma->end; addr += PAGE_SHIFT)', '\t\trestore_one(addr);', '}', '',
];

function git(dir: string, ...args: string[]): string {
  return gitEnv(dir, {}, ...args);
}

function gitEnv(dir: string, env: Record<string, string>, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: '2026-11-30T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-30T10:00:00Z', ...env } });
}

function commit(dir: string, file: string, lines: string[], msg: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), lines.join('\n'));
  git(dir, 'add', file);
  git(dir, 'commit', '-q', '-m', msg);
}

function series(dir: string, v: number): string[] {
  git(dir, 'checkout', '-q', '-b', `v${v}`, 'base');
  const p1 = [...BASE];
  p1.splice(9, 2, '\t\tmpfn = pte_pfn(addr) | MIGRATE_PFN_MIGRATE;', '\t\tnpages++;',
    '\t\tif (!trylock_page(pfn_to_page(mpfn)))', v === 1 ? '\t\t\tcontinue;' : '\t\t\tbreak;');
  commit(dir, 'mm/migrate_device.c', p1, 'mm/migrate: mark collected pfns\n\nCollect marks each pfn.\n\nSigned-off-by: Alice Développeuse <alice@example.org>');
  const p2 = p1.map((l) => l.replace('PAGE_SHIFT', 'PAGE_SIZE'));
  commit(dir, 'mm/migrate_device.c', p2, 'mm/migrate: restore steps by PAGE_SIZE\n\nFixes: 1234567890ab ("mm/migrate: add restore")\nSigned-off-by: Alice Développeuse <alice@example.org>');
  commit(dir, 'Documentation/mm/migrate.rst', ['Migration', '=========', '', 'Collect, then restore.', ''], 'docs: describe migration\n\nSigned-off-by: Alice Développeuse <alice@example.org>');
  const out = path.join(dir, `out-v${v}`);
  // The cover letter's Message-Id is cover.<time>.git.<committer email>: v1 and v2 made in the
  // same second would share it, so v2 is formatted with a committer address of its own.
  gitEnv(dir, { GIT_COMMITTER_EMAIL: `alice+v${v}@example.org` }, 'format-patch', '-q', '--cover-letter', '--thread=shallow', ...(v > 1 ? [`-v${v}`] : []), '-o', out, 'base');
  return fs.readdirSync(out).sort().map((f) => fs.readFileSync(path.join(out, f), 'utf8'));
}

const msgId = (mail: string) => /^Message-I[dD]: (<[^>]+>)/m.exec(mail)![1];
const mboxrd = (headers: string, body: string) =>
  'From mboxrd@z Thu Jan  1 00:00:00 1970\n' + headers + '\n\n' + body.replace(/^(>*From )/gm, '>$1') + '\n\n';

describe('review: a git format-patch series with replies', function () {
  let thread: ReviewThread;
  let v1: string[];
  let mboxText: string;
  const mboxFile = 'thread.mbox';

  before(async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-review-'));
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'config', 'user.name', 'Alice Développeuse');
    git(dir, 'config', 'user.email', 'alice@example.org');
    commit(dir, 'mm/migrate_device.c', BASE, 'base');
    git(dir, 'branch', 'base');
    v1 = series(dir, 1);
    const v2 = series(dir, 2);
    const [cover, p1, p2] = v1.map(msgId);
    const bob = mboxrd(
      `From: Bob Reviewer <bob@example.org>\nTo: alice@example.org\nSubject: Re: [PATCH 1/3] mm/migrate: mark collected pfns\nMessage-ID: <bob1@example.org>\nIn-Reply-To: ${p1}\nReferences: ${cover} ${p1}\nDate: Tue, 1 Dec 2026 08:00:00 +0000\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit`,
      ['On Mon, Nov 30, 2026 at 10:00:00AM +0000, Alice Développeuse wrote:', '[...]',
        '>  \tfor (; addr < vma->end; addr += PAGE_SIZE) {', '> -\t\tmpfn = pte_pfn(addr);', '> +\t\tmpfn = pte_pfn(addr) | MIGRATE_PFN_MIGRATE;', '',
        'Why mark every pfn as migrating before the lock is taken?', '',
        '>  \t\tnpages++;', '> +\t\tif (!trylock_page(pfn_to_page(mpfn)))', '[...]', '',
        'How do we know the page is used by one process only?', 'From the lock alone we do not.', '', '-- ', 'Bob'].join('\n'));
    const alice = mboxrd(
      `From: =?UTF-8?Q?Alice_D=C3=A9veloppeuse?= <alice@example.org>\nTo: bob@example.org\nSubject: Re: [PATCH 1/3] mm/migrate: mark collected pfns\nMessage-ID: <alice2@example.org>\nIn-Reply-To: <bob1@example.org>\nReferences: ${cover} ${p1} <bob1@example.org>\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable`,
      ['On Tue, Dec 01, 2026 at 08:00:00AM +0000, Bob Reviewer wrote:', '> On Mon, Nov 30, 2026, Alice D=C3=A9veloppeuse wrote:',
        '> >  \tfor (; addr < vma->end; addr += PAGE_SIZE) {', '> > -\t\tmpfn =3D pte_pfn(addr);', '> > +\t\tmpfn =3D pte_pfn(addr) | MIGRATE_PFN_MIGRATE;', '>',
        '> Why mark every pfn as migrating before the lock is taken?', '',
        'Because the restore pass clears it again.', '',
        '>>  \t\tnpages++;', '>> +\t\tif (!trylock_page(pfn_to_page(mpfn)))', '> .....', '> How do we know the page is used by one process only?', '',
        'We do not; unmap checks the mapcount.'].join('\n'));
    const carol = mboxrd(
      `From: Carol <carol@example.org>\nSubject: Re: [PATCH 2/3] mm/migrate: restore steps by PAGE_SIZE\nMessage-ID: <carol1@example.org>\nIn-Reply-To: ${p2}`,
      ['<snip>', '> -    for (; addr < vma->end; addr += PAGE_SHIFT)', '> +\tfor (; addr < vma->end; addr += PAGE_SIZE)', '', 'Good catch.', '', 'Reviewed-by: Carol <carol@example.org>'].join('\n'));
    const dave = mboxrd(
      `From: Dave <dave@example.org>\nSubject: Re: [PATCH 0/3] *** SUBJECT HERE ***\nMessage-ID: <dave1@example.org>\nIn-Reply-To: ${cover}`,
      ['For the series:', 'Acked-by: Dave <dave@example.org>', '', '> *** BLURB HERE ***'].join('\n'));
    mboxText = [...v1, bob, alice, carol, dave, ...v2].join('');
    thread = await openMail([{ file: mboxFile, text: mboxText }]);
  });

  it('splits and decodes every message, with no diagnostics', function () {
    assert.deepStrictEqual(thread.diagnostics, []);
    assert.strictEqual(thread.messages.length, 4 + 4 + 4);
    const p1 = thread.messages[1];
    assert.strictEqual(p1.from.name, 'Alice Développeuse');
    assert.strictEqual(p1.subject, '[PATCH 1/3] mm/migrate: mark collected pfns');
    assert.ok(mboxText.split('\n')[p1.line - 2].startsWith('From ' + /^From (\S+)/.exec(v1[1])![1]));
    const bob = thread.messages.find((m) => m.messageId === '<bob1@example.org>')!;
    assert.ok(bob.body.includes('\nFrom the lock alone we do not.\n'), 'mboxrd >From unescaped');
    assert.deepStrictEqual(bob.references, [msgId(v1[0]), msgId(v1[1])]);
  });

  it('groups v1 and v2 side by side, cover letter and patches in order', function () {
    assert.deepStrictEqual(thread.series.map((s) => [s.version, s.total, !!s.cover, s.patches.map((p) => p.subject.index)]),
      [[1, 3, true, [1, 2, 3]], [2, 3, true, [1, 2, 3]]]);
    assert.strictEqual(thread.series[1].patches[0].message.subject, '[PATCH v2 1/3] mm/migrate: mark collected pfns');
  });

  it('splits commit message and diff and numbers every diff line', function () {
    const p1 = thread.series[0].patches[0].body;
    assert.deepStrictEqual(p1.commitMessage, ['Collect marks each pfn.', '', 'Signed-off-by: Alice Développeuse <alice@example.org>']);
    assert.ok(p1.signature && /^\d/.test(p1.signature));
    assert.strictEqual(p1.files.length, 1);
    assert.strictEqual(p1.files[0].newName, 'mm/migrate_device.c');
    const rows = p1.files[0].hunks.flatMap((h) => h.lines.map((l) => `${l.kind}${l.oldLine ?? '-'}:${l.newLine ?? '-'} ${l.text}`));
    assert.deepStrictEqual(rows, [
      ' 7:7 \tint npages = 0;', ' 8:8 ', ' 9:9 \tfor (; addr < vma->end; addr += PAGE_SIZE) {',
      '-10:- \t\tmpfn = pte_pfn(addr);', '+-:10 \t\tmpfn = pte_pfn(addr) | MIGRATE_PFN_MIGRATE;', ' 11:11 \t\tnpages++;',
      '+-:12 \t\tif (!trylock_page(pfn_to_page(mpfn)))', '+-:13 \t\t\tcontinue;', ' 12:14 \t}', ' 13:15 \treturn npages;', ' 14:16 }']);
    const mailLines = mboxText.split('\n');
    for (const h of p1.files[0].hunks) for (const l of h.lines) assert.strictEqual(mailLines[l.mailLine - 1], l.kind + l.text);
    const p3 = thread.series[0].patches[2].body;
    assert.deepStrictEqual(p3.files.map((f) => [f.oldName, f.newName, f.hunks[0].newLines]), [['/dev/null', 'Documentation/mm/migrate.rst', 4]]);
  });

  it('threads replies to their patch and gives each depth its author', function () {
    const r = (id: string) => thread.replies.find((x) => x.message.messageId === id)!;
    assert.strictEqual(r('<bob1@example.org>').patch, msgId(v1[1]));
    assert.strictEqual(r('<alice2@example.org>').parent, '<bob1@example.org>');
    assert.strictEqual(r('<alice2@example.org>').patch, msgId(v1[1]));
    assert.deepStrictEqual(r('<alice2@example.org>').parsed.authors, ['Alice Développeuse', 'Bob Reviewer', 'Alice Développeuse']);
    assert.strictEqual(r('<carol1@example.org>').patch, msgId(v1[2]));
    assert.strictEqual(r('<dave1@example.org>').patch, msgId(v1[0]));
    assert.strictEqual(r('<dave1@example.org>').parsed.topPosted, true);
    assert.strictEqual(r('<bob1@example.org>').parsed.signature, 'Bob');
  });

  it('anchors every comment to the quoted patch line above it', function () {
    const rows = thread.replies.flatMap((r) => r.comments.map((c) =>
      `${r.message.from.name}@${c.depth} ${c.author}: ${c.lines[0].text} -> ${c.anchor ? `${c.anchor.file}:${c.anchor.side}:${c.anchor.line}${c.anchor.exact ? '' : '~'}` : 'none'}${c.answers !== undefined ? ` (answers ${c.answers})` : ''}`));
    assert.deepStrictEqual(rows, [
      'Bob Reviewer@0 Bob Reviewer: Why mark every pfn as migrating before the lock is taken? -> mm/migrate_device.c:new:10',
      'Bob Reviewer@0 Bob Reviewer: How do we know the page is used by one process only? -> mm/migrate_device.c:new:12',
      'Alice Développeuse@1 Bob Reviewer: Why mark every pfn as migrating before the lock is taken? -> mm/migrate_device.c:new:10',
      'Alice Développeuse@0 Alice Développeuse: Because the restore pass clears it again. -> mm/migrate_device.c:new:10 (answers 0)',
      'Alice Développeuse@1 Bob Reviewer: How do we know the page is used by one process only? -> mm/migrate_device.c:new:12',
      'Alice Développeuse@0 Alice Développeuse: We do not; unmap checks the mapcount. -> mm/migrate_device.c:new:12 (answers 2)',
      'Carol@0 Carol: Good catch. -> mm/migrate_device.c:new:22~',
      'Dave@0 Dave: For the series: -> none',
    ]);
    const bob = thread.replies[0].comments[0].anchor!;
    assert.deepStrictEqual(bob.lines.map((l) => `${l.quoteMailLine - thread.replies[0].message.bodyLine + 1}:${l.side}:${l.line}`), ['3:new:9', '4:old:10', '5:new:10']);
    const carol = thread.replies[2].comments[0].anchor!;
    assert.deepStrictEqual(carol.lines.map((l) => `${l.side}:${l.line}:${l.exact}`), ['old:22:false', 'new:22:true']);
  });

  it('collects trailers per patch, from the patch and from replies (a cover-letter ack covers all)', function () {
    const t = thread.series[0].patches.map((p) => p.trailers.map((x) => `${x.name}: ${x.value}${x.fromReply ? ' (reply)' : ''}`));
    assert.deepStrictEqual(t, [
      ['Signed-off-by: Alice Développeuse <alice@example.org>', 'Acked-by: Dave <dave@example.org> (reply)'],
      ['Fixes: 1234567890ab ("mm/migrate: add restore")', 'Signed-off-by: Alice Développeuse <alice@example.org>', 'Reviewed-by: Carol <carol@example.org> (reply)', 'Acked-by: Dave <dave@example.org> (reply)'],
      ['Signed-off-by: Alice Développeuse <alice@example.org>', 'Acked-by: Dave <dave@example.org> (reply)'],
    ]);
    assert.deepStrictEqual(thread.series[1].patches[1].trailers.map((x) => x.name), ['Fixes', 'Signed-off-by']);
  });
});
