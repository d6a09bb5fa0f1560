// `mmstep review FILE... --reply PATCH` / `--range-diff v1..v2` on a real git format-patch series
// in a temp directory: the printed reply is the full mail renderReply writes, --out writes it as
// an .eml (and refuses every opened mail file and the drafts file), the identity comes from --from
// or git config (with a message saying how to set it), unknown patches and revisions are clear
// errors, and --json gives the same data.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import PostalMime from 'postal-mime';
import { execFileSync } from 'child_process';
import { runCli } from '../../../src/cli/cli';
import { USAGE } from '../../../src/cli/args';
import { parseIdentity } from '../../../src/cli/review-reply';
import { serializeDrafts } from '../../../src/review/drafts';
import { renderReply } from '../../../src/review/reply';
import { openMail } from '../../../src/review/thread';
import { buildFixture, drafts, REVIEWER, type Fixture } from '../review/reply-fixture';
import { messageIdOf } from '../review/git-series';
import { captureIo } from './helpers';

const FROM = `${REVIEWER.name} <${REVIEWER.email}>`;

describe('cli: mmstep review --reply / --range-diff', function () {
  let dir: string, series: string, draftsFile: string;
  let v1: string[], v2: string[];
  let p1: string, p2: string;

  let f: Fixture | undefined;
  after(() => { f?.repo.dispose(); if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

  before(function () {
    f = buildFixture();
    v1 = f.v1; v2 = f.v2;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-cli-reply-'));
    series = path.join(dir, 'series');
    fs.mkdirSync(series);
    [...v1, ...v2].forEach((m, i) => fs.writeFileSync(path.join(series, `${String(i).padStart(2, '0')}.patch`), m));
    [p1, p2] = [messageIdOf(v1[1]), messageIdOf(v1[2])];
    draftsFile = path.join(dir, 'drafts.json');
    fs.writeFileSync(draftsFile, serializeDrafts(drafts(p1, p2)));
  });

  const run = async (args: string[], cwd = dir) => {
    const io = captureIo(undefined, cwd);
    const code = await runCli(['review', ...args], io);
    return { code, out: io.stdout, err: io.stderr };
  };

  it('prints the reply to v1/1 as the full mail renderReply writes from the drafts', async function () {
    const r = await run(['series', '--reply', 'v1/1', '--drafts', 'drafts.json', '--from', FROM]);
    assert.strictEqual(r.err, '');
    assert.strictEqual(r.code, 0);
    const thread = await openMail([...v1, ...v2].map((text, i) => ({ file: `series/${String(i).padStart(2, '0')}.patch`, text })));
    const want = renderReply(thread, p1, drafts(p1, p2), REVIEWER);
    assert.strictEqual(r.out.slice(r.out.indexOf('\n\n') + 2), want.body);
    assert.match(r.out, /^From: "Aneesh Kumar K\.V" <aneesh@example\.org>\nTo: =\?UTF-8\?Q\?J=C3=A9r=C3=B4me_Glisse\?= <jglisse@example\.org>\n/);
    assert.ok(r.out.includes(`\nIn-Reply-To: ${p1}\n`));
    assert.ok(r.out.includes('\n> +\t\tmpfn = pte_pfn(addr) | MIGRATE_PFN_MIGRATE;\n'), 'tabs reach stdout');
    // By Message-ID, with or without angle brackets, the same patch.
    for (const id of [p1, p1.slice(1, -1)]) {
      const s = await run(['series', '--reply', id, '--drafts', 'drafts.json', '--from', FROM]);
      assert.strictEqual(s.code, 0);
      assert.strictEqual(s.out.slice(s.out.indexOf('\n\n')), r.out.slice(r.out.indexOf('\n\n')));
    }
  });

  it('--out writes the .eml (postal-mime reads it back) and the next review threads it under its patch', async function () {
    const out = path.join(series, 'zz-reply.eml');
    const r = await run(['series', '--reply', 'v1/1', '--drafts', 'drafts.json', '--from', FROM, '--out', 'series/zz-reply.eml']);
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.err, 'mmstep: reply written to series/zz-reply.eml\n');
    const text = fs.readFileSync(out, 'utf8');
    assert.strictEqual(text, r.out);
    const m = await PostalMime.parse(text);
    assert.strictEqual(m.inReplyTo, p1);
    assert.deepStrictEqual(m.to, [{ name: 'Jérôme Glisse', address: 'jglisse@example.org' }]);
    const again = await run(['series']);
    assert.strictEqual(again.code, 0);
    assert.ok(again.out.includes(`reply ${m.messageId} — Aneesh Kumar K.V <aneesh@example.org>: Re: [PATCH 1/3] mm/migrate: lock collected pages\n  to ${p1}\n`), again.out);
    assert.ok(again.out.includes('  [mm/migrate_device.c:new:14] Aneesh Kumar K.V:\n      nit: continue leaves the pfn marked.\n'), again.out);
    fs.rmSync(out);
  });

  it('never writes over an opened mail file or the drafts file', async function () {
    const victim = path.join(series, '01.patch');
    const before = fs.readFileSync(victim, 'utf8');
    for (const target of ['series/01.patch', './series/../series/01.patch', path.join(series, '01.patch')]) {
      const r = await run(['series', '--reply', 'v1/1', '--drafts', 'drafts.json', '--from', FROM, '--out', target]);
      assert.strictEqual(r.code, 2);
      assert.match(r.err, /is a mail file that was opened; mmstep never writes over it/);
    }
    const single = await run(['series/01.patch', '--reply', '1', '--from', FROM, '--out', 'series/01.patch']);
    assert.strictEqual(single.code, 2);
    const d = await run(['series', '--reply', 'v1/1', '--drafts', 'drafts.json', '--from', FROM, '--out', 'drafts.json']);
    assert.strictEqual(d.code, 2);
    assert.match(d.err, /is the drafts file/);
    assert.strictEqual(fs.readFileSync(victim, 'utf8'), before);
    assert.ok(!fs.readdirSync(series).some((n) => n.endsWith('.tmp')));
  });

  it('says clearly which patch or revision does not exist, and when there is nothing to reply', async function () {
    const cases: Array<[string[], number, RegExp]> = [
      [['--reply', '9'], 2, /^mmstep: --reply 9: v2 has no patch 9; series: v1 \(0,1\.\.3\), v2 \(0,1\.\.3\)\n$/],
      [['--reply', 'v7/1'], 2, /^mmstep: --reply v7\/1: no revision v7 in the mail; series: v1/],
      [['--reply', 'fix'], 2, /names no patch: give an index \(2\), a revision and index \(v2\/3\), a subject's n\/m \(2\/3\) or a Message-ID/],
      [['--reply', '<nobody@example.org>'], 2, /no patch with Message-ID <nobody@example\.org> in the mail/],
      [['--reply', '2'], 1, /error: nothing to reply to <[^>]+>: no open draft comment and no trailer for this patch/],
      [['--reply', '1', '--drafts', 'missing.json'], 2, /^mmstep: cannot read drafts missing\.json:/],
      [['--reply', '1', '--from', 'nobody'], 2, /--from 'nobody' is not "Name <mail>" or a mail address/],
      [['--range-diff', 'v1..v7'], 2, /^mmstep: --range-diff v1\.\.v7: no revision v7 in the mail/],
      [['--range-diff', 'latest'], 2, /give two revisions, like v1\.\.v2/],
      [['--drafts', 'drafts.json'], 2, /--drafts goes with --reply PATCH/],
      [['--reply', '1', '--range-diff', 'v1..v2'], 2, /--reply and --range-diff are separate commands/],
      [['--reply', '1', '--reply', '2'], 2, /--reply given twice/],
      [['--reply'], 2, /--reply needs a value/],
    ];
    for (const [args, code, msg] of cases) {
      const r = await run(['series', ...args, ...(args.includes('--from') || args.includes('--range-diff') ? [] : ['--from', FROM])]);
      assert.strictEqual(r.code, code, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, msg, args.join(' '));
    }
    fs.writeFileSync(path.join(dir, 'bad.json'), '{ nope');
    const bad = await run(['series', '--reply', '1', '--from', FROM, '--drafts', 'bad.json']);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.err, /^bad\.json:1:1: error: drafts are not JSON/);
  });

  it('takes the reviewer from git config, or says how to set it', async function () {
    const saved = { g: process.env.GIT_CONFIG_GLOBAL, s: process.env.GIT_CONFIG_NOSYSTEM };
    process.env.GIT_CONFIG_GLOBAL = path.join(dir, 'no-global-gitconfig');
    process.env.GIT_CONFIG_NOSYSTEM = '1';
    try {
      const repo = fs.mkdtempSync(path.join(dir, 'who-'));
      execFileSync('git', ['init', '-q'], { cwd: repo });
      const none = await run([series, '--reply', 'v1/2', '--drafts', draftsFile], repo);
      assert.strictEqual(none.code, 2);
      assert.strictEqual(none.err, 'mmstep: no reviewer identity: git config user.email is not set; set it with git config user.name "Your Name" and git config user.email you@example.org, or pass --from "Name <mail>"\n');
      execFileSync('git', ['config', 'user.email', 'zoe@example.org'], { cwd: repo });
      execFileSync('git', ['config', 'user.name', 'Zoë Reviewer'], { cwd: repo });
      const r = await run([series, '--reply', 'v1/2', '--drafts', draftsFile], repo);
      assert.strictEqual(r.code, 0, r.err);
      assert.ok(r.out.startsWith('From: =?UTF-8?Q?Zo=C3=AB_Reviewer?= <zoe@example.org>\n'), r.out);
      assert.ok(r.out.endsWith('\nGood catch.\n\n[...]\n\nReviewed-by: Zoë Reviewer <zoe@example.org>\n'), r.out);
      // The other reviewer stays in Cc; the reviewer (Zoë's address was Cc'd) does not.
      assert.ok(r.out.includes('\nCc: linux-mm@kvack.org, Andrew Morton <akpm@example.org>,\n "Aneesh Kumar K.V" <aneesh@example.org>\nSubject: '), r.out);
    } finally {
      for (const [k, v] of [['GIT_CONFIG_GLOBAL', saved.g], ['GIT_CONFIG_NOSYSTEM', saved.s]] as const) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    }
    assert.deepStrictEqual(parseIdentity('"Kumar, Aneesh" <a@b.c>'), { name: 'Kumar, Aneesh', email: 'a@b.c' });
    assert.deepStrictEqual(parseIdentity('a@b.c'), { name: '', email: 'a@b.c' });
  });

  it('--json gives the reply and the range-diff as data; --range-diff prints the interdiff', async function () {
    const j = await run(['series', '--reply', 'v1/1', '--drafts', 'drafts.json', '--from', FROM, '--json']);
    assert.strictEqual(j.code, 0);
    const data = JSON.parse(j.out);
    assert.strictEqual(data.patch, p1);
    assert.strictEqual(data.headers.To, 'Jérôme Glisse <jglisse@example.org>');
    assert.deepStrictEqual(data.placements.map((x: { thread: string }) => x.thread), ['t-patch', 't-msg', 't-file', 't-old', 't-lock', 't-second', 't-cont']);
    assert.ok(data.text.endsWith(data.body));
    const rd = await run(['series', '--range-diff', 'v1..v2']);
    assert.strictEqual(rd.code, 0);
    assert.deepStrictEqual(rd.out.split('\n').filter((l) => l && !l.startsWith('    ')), [
      'range-diff v1..v2',
      '1/3 ! 1/3 mm/migrate: lock collected pages',
      '2/3 ! 2/3 mm/migrate: fix the restore stride (was: mm/migrate: restore steps by PAGE_SIZE)',
      '3/3 < -   docs: describe migration',
      '-   > 3/3 mm/migrate: pass the vma to restore_one',
    ]);
    assert.ok(rd.out.includes('\n    -+\t\t\tcontinue;\n    ++\t\t\tbreak;\n'), rd.out);
    const rj = JSON.parse((await run(['series', '--range-diff', '1..2', '--json'])).out);
    assert.deepStrictEqual(rj.entries.map((e: { status: string }) => e.status), ['!', '!', '<', '>']);
    assert.ok(USAGE.includes('--reply PATCH') && USAGE.includes('--range-diff v1..v2') && USAGE.includes('--out FILE.eml'));
  });
});
