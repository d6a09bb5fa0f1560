// Patch review in a real VS Code (issue 9): a series made here with `git format-patch` (cover
// letter + 3 patches) and a reply quoting a hunk with a question, opened through
// `mmstep.review.open` on the directory. The tree shows the series, the patch opens as a read-only
// `mmstep-patch` document, the question is a comment thread on the quoted line; a draft on a
// diff line, one on the whole patch and a trailer are saved to the drafts file (JSON, parsed here),
// survive a simulated reload (comments controller and in-memory drafts dropped, drawn again from
// the file) and a re-open of the same mails. A corrupt drafts file is moved aside; a missing mail
// file and a hunk whose counts lie are reported, never thrown.
'use strict';
const assert = require('assert');
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { REPO, EXAMPLES, waitFor, mmstepApi, DapRecorder, workspaceFolder } = require('./helpers');

const TMP = path.join(REPO, 'test', 'e2e', '.state', `review-${process.pid}`);
const BASE = ['#include "mm.h"', '', 'static void restore(struct vma *vma)', '{', '\tunsigned long addr = vma->start;', '',
  '\tfor (; addr < vma->end; addr += PAGE_SHIFT)', '\t\trestore_one(addr);', '}', ''].join('\n');
const QUESTION = 'How do we know the page is used by one process only?';

function git(cwd, ...args) {
  return gitAs(cwd, 'alice@example.org', ...args);
}

function gitAs(cwd, committer, ...args) {
  return execFileSync('git', args, {
    cwd, encoding: 'utf8',
    env: { ...process.env, HOME: TMP, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Alice Author', GIT_AUTHOR_EMAIL: 'alice@example.org',
      GIT_COMMITTER_NAME: 'Alice Author', GIT_COMMITTER_EMAIL: committer, GIT_AUTHOR_DATE: '2026-11-30T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-30T10:00:00Z' },
  });
}

function commit(repo, file, text, msg) {
  fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  fs.writeFileSync(path.join(repo, file), text);
  git(repo, 'add', file);
  git(repo, 'commit', '-q', '-m', msg);
}

/** The series in TMP/out (0000-cover-letter.patch, 0001-…, 0002-…, 0003-…) plus TMP/out/reply.eml. */
function buildSeries() {
  const repo = path.join(TMP, 'repo');
  fs.mkdirSync(repo, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  commit(repo, 'mm/restore.c', BASE, 'base');
  git(repo, 'tag', 'base');
  const fixed = BASE.replace('PAGE_SHIFT', 'PAGE_SIZE');
  commit(repo, 'mm/restore.c', fixed, 'mm/restore: step by PAGE_SIZE\n\nThe restore loop advanced by PAGE_SHIFT bytes.\n\nSigned-off-by: Alice Author <alice@example.org>');
  commit(repo, 'mm/restore.c', fixed.replace('\t\trestore_one(addr);', '\t\trestore_one(addr);\n\tvma->restored++;'), 'mm/restore: count restored pages\n\nSigned-off-by: Alice Author <alice@example.org>');
  commit(repo, 'Documentation/restore.rst', 'Restore\n=======\n', 'docs: restore\n\nSigned-off-by: Alice Author <alice@example.org>');
  const out = path.join(TMP, 'out');
  git(repo, 'format-patch', '-q', '--cover-letter', '--thread=shallow', '-o', out, 'base');
  // a v2 of the same series (its cover letter's Message-ID is made from the committer address)
  const outV2 = path.join(TMP, 'out-v2');
  gitAs(repo, 'alice+v2@example.org', 'format-patch', '-q', '--cover-letter', '--thread=shallow', '-v2', '-o', outV2, 'base');
  const files = fs.readdirSync(out).sort();
  const id = f => /^Message-I[dD]: (<[^>]+>)/m.exec(fs.readFileSync(path.join(out, f), 'utf8'))[1];
  const cover = id(files[0]), p1 = id(files[1]);
  fs.writeFileSync(path.join(out, 'reply.eml'), [
    'From: Bob Reviewer <bob@example.org>', 'To: Alice Author <alice@example.org>',
    'Subject: Re: [PATCH 1/3] mm/restore: step by PAGE_SIZE', 'Message-ID: <bob-1@example.org>',
    `In-Reply-To: ${p1}`, `References: ${cover} ${p1}`, 'Date: Tue, 1 Dec 2026 08:00:00 +0000', '',
    'On Mon, Nov 30, 2026 at 10:00:00AM +0000, Alice Author wrote:', '> \tunsigned long addr = vma->start;', '> ',
    '> -\tfor (; addr < vma->end; addr += PAGE_SHIFT)', '> +\tfor (; addr < vma->end; addr += PAGE_SIZE)', '',
    QUESTION, '', '[...]', '', '-- ', 'Bob', ''].join('\n'));
  return { out, outV2, files };
}

suite('patch review: open a series, see the earlier review in place, write drafts', function () {
  this.timeout(120000);
  let api, series, opened, patch1, doc;

  suiteSetup(async () => {
    fs.rmSync(TMP, { recursive: true, force: true });
    fs.mkdirSync(TMP, { recursive: true });
    series = buildSeries();
    api = (await mmstepApi()).review;
    assert.ok(api, 'activate() returned no review API');
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(TMP, { recursive: true, force: true });
  });

  test('mmstep.review.open on the format-patch directory reads the cover letter, 3 patches and the reply', async () => {
    const before = fs.readdirSync(series.out).map(f => [f, fs.readFileSync(path.join(series.out, f), 'utf8')]);
    opened = await vscode.commands.executeCommand('mmstep.review.open', vscode.Uri.file(series.out));
    assert.ok(opened, 'the command returned nothing');
    assert.deepStrictEqual(opened.diagnostics, []);
    assert.deepStrictEqual(opened.mails.map(m => path.basename(m)), [...series.files, 'reply.eml']);
    assert.deepStrictEqual(opened.docs.map(d => d.title), ['[v1 0/3] *** SUBJECT HERE ***', '[v1 1/3] mm/restore: step by PAGE_SIZE',
      '[v1 2/3] mm/restore: count restored pages', '[v1 3/3] docs: restore']);
    patch1 = opened.docs[1];
    // the command opened the first patch in an editor; the mails were not written
    await waitFor(() => vscode.window.activeTextEditor && vscode.window.activeTextEditor.document.uri.toString() === patch1.uri, 15000, 'patch 1 in the editor');
    assert.deepStrictEqual(fs.readdirSync(series.out).map(f => [f, fs.readFileSync(path.join(series.out, f), 'utf8')]), before);
  });

  test('the tree shows the series, its patches with author and date, the reply and the trailers', async () => {
    const tree = await api.tree();
    const set = tree.find(n => n.label.includes('0000-cover-letter.patch'));
    assert.ok(set, `no review set in ${JSON.stringify(tree.map(n => n.label))}`);
    assert.strictEqual(set.children.length, 1);
    const s = set.children[0];
    assert.strictEqual(s.label, 'v1 (3 patches): *** SUBJECT HERE ***');
    assert.deepStrictEqual(s.children.map(c => c.label), opened.docs.map(d => d.title));
    const p1 = s.children[1];
    assert.strictEqual(p1.description, 'Alice Author, 2026-11-30 10:00 UTC');
    assert.match(p1.tooltip, /Signed-off-by: Alice Author <alice@example.org>/);
    assert.deepStrictEqual(p1.children.map(c => [c.label, c.contextValue]), [
      ['Bob Reviewer', 'mmstep.review.reply'], ['Signed-off-by: Alice Author <alice@example.org>', 'mmstep.review.trailer']]);
    assert.strictEqual(p1.children[0].description, '2026-12-01 08:00 UTC');
  });

  test('a patch opens as an mmstep-patch document with the commit message and the diff', async () => {
    doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(patch1.uri));
    await vscode.window.showTextDocument(doc);
    await waitFor(() => vscode.window.activeTextEditor.document.languageId === 'mmstep-patch', 10000, () => `language mmstep-patch, is ${vscode.window.activeTextEditor.document.languageId}`);
    doc = vscode.window.activeTextEditor.document;
    const text = doc.getText();
    assert.match(text, /^From: Alice Author <alice@example.org>\n/);
    assert.match(text, /\nSubject: \[PATCH 1\/3\] mm\/restore: step by PAGE_SIZE\n/);
    assert.match(text, /\nThe restore loop advanced by PAGE_SHIFT bytes\.\n/);
    assert.match(text, /\n\+\tfor \(; addr < vma->end; addr \+= PAGE_SIZE\)\n/);
  });

  test('the reviewer\'s question is a comment thread on the line it quotes, with author and date', async () => {
    const threads = await api.threads(patch1.uri);
    const q = threads.find(t => !t.draft && t.bodies.includes(QUESTION));
    assert.ok(q, `no imported thread with the question in ${JSON.stringify(threads)}`);
    assert.deepStrictEqual(q.authors, ['Bob Reviewer']);
    assert.strictEqual(doc.lineAt(q.line - 1).text, '+\tfor (; addr < vma->end; addr += PAGE_SIZE)');
    assert.strictEqual(q.resolved, false);
    assert.strictEqual(threads.filter(t => !t.draft).length, 1, 'only the question is imported (the elided rest is not a comment)');
  });

  test('drafts on a diff line, on the whole patch and a trailer go to the drafts file', async () => {
    const lines = doc.getText().split('\n');
    const at = lines.indexOf(' \t\trestore_one(addr);') + 1;
    assert.ok(at > 0, 'the context line is in the document');
    const id = await api.addDraft(patch1.uri, at, 'Is restore_one() safe for a none pte?');
    assert.ok(id, 'addDraft returned no thread id');
    const pid = await vscode.commands.executeCommand('mmstep.review.addPatchComment', vscode.Uri.parse(patch1.uri), 'The fix is right; please add a selftest.');
    assert.ok(pid);
    assert.ok(await api.setResolved(patch1.uri, pid, true));
    assert.strictEqual(await api.addTrailer(patch1.uri, 'Reviewed-by', { name: 'Rita Reviewer', email: 'rita@example.org' }), 'Reviewed-by: Rita Reviewer <rita@example.org>');
    await api.flush();
    const file = api.draftsFile(opened.key);
    assert.ok(fs.existsSync(file), `${file} was not written`);
    assert.ok(!file.startsWith(series.out), 'drafts are not kept beside the mail');
    const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.strictEqual(stored.version, 1);
    assert.deepStrictEqual(stored.threads.map(t => [t.patch, t.target, t.comments.map(c => c.body), t.resolved]), [
      [patch1.messageId, { kind: 'line', file: 'mm/restore.c', side: 'new', line: 8 }, ['Is restore_one() safe for a none pte?'], false],
      [patch1.messageId, { kind: 'patch' }, ['The fix is right; please add a selftest.'], true],
    ]);
    assert.deepStrictEqual(stored.trailers, { [patch1.messageId]: ['Reviewed-by: Rita Reviewer <rita@example.org>'] });
    assert.deepStrictEqual(fs.readdirSync(path.dirname(file)).filter(f => f.includes('.tmp-')), [], 'no temp file left behind');
    const drawn = await api.threads(patch1.uri);
    const d = drawn.find(t => t.draft && t.id === id);
    assert.ok(d, 'the draft is drawn');
    assert.strictEqual(d.line, at);
    const tree = await api.tree();
    const p1 = tree.find(n => n.label.includes('0000-cover-letter.patch')).children[0].children[1];
    assert.ok(p1.children.some(c => c.label === 'Reviewed-by: Rita Reviewer <rita@example.org>' && c.contextValue === 'mmstep.review.myTrailer'));
  });

  test('after a reload (controller and in-memory drafts dropped) the drafts are drawn again from the file', async () => {
    await api.reload();
    const threads = await api.threads(patch1.uri);
    const lines = doc.getText().split('\n');
    const rows = threads.filter(t => t.draft).map(t => [t.line === undefined ? 'patch' : lines[t.line - 1], t.bodies, t.resolved]);
    assert.deepStrictEqual(rows, [
      ['patch', ['The fix is right; please add a selftest.'], true],
      [' \t\trestore_one(addr);', ['Is restore_one() safe for a none pte?'], false],
    ]);
    assert.ok(threads.some(t => !t.draft && t.bodies.includes(QUESTION)), 'the imported question is back too');
  });

  test('opening the same mails again (listed file by file, in another order) finds the same drafts', async () => {
    const files = opened.mails.slice().reverse().map(m => vscode.Uri.file(m));
    const again = await vscode.commands.executeCommand('mmstep.review.open', files[0], files);
    assert.strictEqual(again.key, opened.key);
    const store = await api.drafts(again.key);
    assert.strictEqual(store.threads.length, 2);
  });

  test('the current step of a debug session is attached to a draft as evidence (label and excerpt shown)', async () => {
    const rec = new DapRecorder();
    try {
      const since = rec.mark();
      const ok = await vscode.debug.startDebugging(workspaceFolder(), {
        type: 'mmstep', request: 'launch', name: 'e2e review evidence', scenario: path.join(EXAMPLES, 'private-4pages.mmstep.yaml'), stopOnEntry: true,
      });
      assert.ok(ok, 'startDebugging returned false');
      await rec.waitEvent('stopped', since, 30000);
      const store = await api.drafts(opened.key);
      const line = store.threads.find(t => t.target.kind === 'line');
      assert.ok(await api.attachEvidence(patch1.uri, line.id), 'attachEvidence returned false');
      const ev = (await api.drafts(opened.key)).threads.find(t => t.id === line.id).comments[0].evidence;
      assert.strictEqual(ev.length, 1);
      assert.strictEqual(ev[0].kind, 'step');
      assert.ok(ev[0].label && ev[0].excerpt, 'the evidence has a label and an excerpt');
      assert.strictEqual(path.basename(ev[0].scenario), 'private-4pages.mmstep.yaml');
      const drawn = (await api.threads(patch1.uri)).find(t => t.id === line.id);
      assert.ok(drawn.bodies[0].includes(`Evidence: ${ev[0].label}`), drawn.bodies[0]);
    } finally {
      if (vscode.debug.activeDebugSession) await vscode.debug.stopDebugging();
      await waitFor(() => !vscode.debug.activeDebugSession, 15000, 'the session to end');
      rec.dispose();
    }
  });

  test('Export Reply previews the kernel-style reply and saves it as .eml, never over a mail file', async () => {
    const out = path.join(TMP, 'reply-out.eml');
    const me = { name: 'Rita Reviewer', email: 'rita@example.org' };
    const r = await api.exportReply(patch1.uri, { identity: me, target: out });
    assert.ok(r, 'no reply');
    assert.deepStrictEqual(r.diagnostics, []);
    assert.strictEqual(r.file, out);
    assert.strictEqual(fs.readFileSync(out, 'utf8'), r.text);
    const preview = vscode.workspace.textDocuments.find(d => d.uri.toString() === r.preview);
    assert.ok(preview, 'the preview document is open');
    assert.strictEqual(preview.getText(), r.text);
    assert.match(r.text, /^Subject: Re: \[PATCH 1\/3\] mm\/restore: step by PAGE_SIZE$/m);
    assert.ok(r.text.includes(`In-Reply-To: ${patch1.messageId}`));
    assert.match(r.text, /^>  \t\trestore_one\(addr\);\n\nIs restore_one\(\) safe for a none pte\?$/m, `the draft is below the line it discusses:\n${r.text}`);
    assert.match(r.text, /^Reviewed-by: Rita Reviewer <rita@example.org>$/m);
    assert.ok(!r.text.includes('please add a selftest'), 'a resolved thread is not sent');
    const mail = opened.mails[1];
    const before = fs.readFileSync(mail, 'utf8');
    const refused = await api.exportReply(patch1.uri, { identity: me, target: mail });
    assert.strictEqual(refused.file, undefined);
    assert.strictEqual(fs.readFileSync(mail, 'utf8'), before, 'the mail file is untouched');
  });

  test('a comment on a file of the patch sits on the file\'s diff --git line', async () => {
    const id = await vscode.commands.executeCommand('mmstep.review.addFileComment', vscode.Uri.parse(patch1.uri), 'mm/restore.c', 'The file wants a comment above restore().');
    assert.ok(id);
    const t = (await api.threads(patch1.uri)).find(x => x.id === id);
    assert.strictEqual(doc.lineAt(t.line - 1).text, 'diff --git a/mm/restore.c b/mm/restore.c');
    const stored = (await api.drafts(opened.key)).threads.find(x => x.id === id);
    assert.deepStrictEqual(stored.target, { kind: 'file', file: 'mm/restore.c' });
  });

  test('v1 and v2 opened together are two series side by side in the tree', async () => {
    const r = await vscode.commands.executeCommand('mmstep.review.open', [vscode.Uri.file(series.out), vscode.Uri.file(series.outV2)]);
    assert.deepStrictEqual(r.diagnostics, []);
    const set = (await api.tree()).find(n => n.label.includes('v2-0000-cover-letter.patch'));
    assert.deepStrictEqual(set.children.map(c => [c.label, c.children.map(p => p.label)]), [
      ['v1 (3 patches): *** SUBJECT HERE ***', ['[v1 0/3] *** SUBJECT HERE ***', '[v1 1/3] mm/restore: step by PAGE_SIZE', '[v1 2/3] mm/restore: count restored pages', '[v1 3/3] docs: restore']],
      ['v2 (3 patches): *** SUBJECT HERE ***', ['[v2 0/3] *** SUBJECT HERE ***', '[v2 1/3] mm/restore: step by PAGE_SIZE', '[v2 2/3] mm/restore: count restored pages', '[v2 3/3] docs: restore']],
    ]);
  });

  test('the range-diff of a v2 patch against v1 opens as a read-only diff document; v1 has none', async () => {
    const r = await vscode.commands.executeCommand('mmstep.review.open', [vscode.Uri.file(series.out), vscode.Uri.file(series.outV2)]);
    const v2p1 = r.docs.find(d => d.title === '[v2 1/3] mm/restore: step by PAGE_SIZE');
    const uri = await vscode.commands.executeCommand('mmstep.review.rangeDiff', vscode.Uri.parse(v2p1.uri));
    assert.ok(uri, 'no range-diff document');
    const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    assert.ok(doc, 'the range-diff document is open');
    assert.strictEqual(doc.languageId, 'diff');
    assert.deepStrictEqual(doc.getText().split('\n').slice(0, 2), ['range-diff v1..v2', '1/3 = 1/3 mm/restore: step by PAGE_SIZE']);
    const v1p1 = r.docs.find(d => d.title === '[v1 1/3] mm/restore: step by PAGE_SIZE');
    assert.strictEqual(await vscode.commands.executeCommand('mmstep.review.rangeDiff', vscode.Uri.parse(v1p1.uri)), undefined);
  });

  test('a thread without its patch (the seed thread\'s shape) opens as a virtual document with the questions on the quoted code', async () => {
    const mbox = path.join(REPO, 'test', 'fixtures', 'review', 'hmm-v13-review-shape.mbox');
    const r = await vscode.commands.executeCommand('mmstep.review.open', vscode.Uri.file(mbox));
    assert.deepStrictEqual(r.docs.map(d => d.title), ['quoted: mm/hmm/migrate: new memory migration helper for use with device memory']);
    const uri = r.docs[0].uri;
    await waitFor(() => vscode.window.activeTextEditor && vscode.window.activeTextEditor.document.uri.toString() === uri, 15000, 'the virtual document in the editor');
    const vdoc = vscode.window.activeTextEditor.document;
    const threads = await api.threads(uri);
    assert.deepStrictEqual(threads.map(t => [t.line, vdoc.lineAt(t.line - 1).text, t.authors, t.bodies[0].split(' ').slice(0, 4).join(' ')]), [
      [8, '+\t\t}', ['Aneesh Kumar K.V', 'Jerome Glisse', 'Aneesh Kumar K.V', 'Jerome Glisse'], 'If this is only'],
      [10, '+\t\tstruct page *page = hmm_pfn_to_page(migrate->pfns[i]);', ['Aneesh Kumar K.V', 'Jerome Glisse', 'Jerome Glisse'], 'Why does this walk'],
    ]);
    const set = (await api.tree()).find(n => n.label === 'hmm-v13-review-shape.mbox');
    assert.deepStrictEqual(set.children.map(c => [c.label, c.contextValue]), [[r.docs[0].title, 'mmstep.review.virtual']]);
    assert.deepStrictEqual(set.children[0].children.map(c => c.label), ['Aneesh Kumar K.V', 'Jerome Glisse']);
    const id = await api.addDraft(uri, 10, 'Step through this walk: is pfns[i] read twice?');
    assert.ok(id, 'a draft on a quoted code line');
    const stored = await api.drafts(r.key);
    assert.deepStrictEqual(stored.threads[0].target, { kind: 'line', file: 'virtual:mm/hmm/migrate: new memory migration helper for use with device memory', side: 'new', line: 10 });
  });

  test('a corrupt drafts file is reported and moved aside, not deleted; the review opens with no drafts', async () => {
    const one = await vscode.commands.executeCommand('mmstep.review.open', [vscode.Uri.file(path.join(series.out, series.files[1]))]);
    const file = api.draftsFile(one.key);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{"version": 1, "threads": [');
    await api.reload();
    const store = await api.drafts(one.key);
    assert.deepStrictEqual(store.threads, []);
    const aside = fs.readdirSync(path.dirname(file)).filter(f => f.startsWith(path.basename(file) + '.corrupt-'));
    assert.strictEqual(aside.length, 1, 'moved aside once');
    assert.strictEqual(fs.readFileSync(path.join(path.dirname(file), aside[0]), 'utf8'), '{"version": 1, "threads": [');
  });

  test('a mail that turns truncated or undecodable keeps every draft; they are back when the mail is whole again', async () => {
    const copy = path.join(TMP, 'kept.patch');
    const whole = fs.readFileSync(path.join(series.out, series.files[1]), 'utf8');
    fs.writeFileSync(copy, whole);
    const first = await vscode.commands.executeCommand('mmstep.review.open', [vscode.Uri.file(copy)]);
    const uri = first.docs.find(d => d.title.includes('1/3')).uri;
    const lines = (await vscode.workspace.openTextDocument(vscode.Uri.parse(uri))).getText().split('\n');
    const id = await api.addDraft(uri, lines.indexOf(' \t\trestore_one(addr);') + 1, 'Kept through a broken mail?');
    assert.ok(id);
    await api.flush();
    const file = api.draftsFile(first.key);
    const stored = fs.readFileSync(file, 'utf8');
    // truncated in the middle of a hunk, then a wrong charset with a binary attachment
    fs.writeFileSync(copy, whole.slice(0, whole.indexOf('+\tfor')));
    const truncated = await vscode.commands.executeCommand('mmstep.review.open', [vscode.Uri.file(copy)]);
    assert.ok(truncated.diagnostics.some(d => /truncated|hunk says/.test(d.message)), JSON.stringify(truncated.diagnostics));
    const cut = whole.indexOf('\n\n');
    const head = whole.slice(0, cut).split('\n').filter(l => !/^(MIME-Version|Content-Type|Content-Transfer-Encoding):/i.test(l)).join('\n');
    fs.writeFileSync(copy, `${head}\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain; charset=no-such-charset\n\n${whole.slice(cut + 2)}\n--b\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\nAAECAw==\n--b--\n`);
    const mixed = await vscode.commands.executeCommand('mmstep.review.open', [vscode.Uri.file(copy)]);
    assert.ok(mixed.diagnostics.some(d => /attachment/.test(d.message)), JSON.stringify(mixed.diagnostics));
    await api.flush();
    assert.strictEqual(fs.readFileSync(file, 'utf8'), stored, 'the drafts file is as it was');
    fs.writeFileSync(copy, whole);
    const again = await vscode.commands.executeCommand('mmstep.review.open', [vscode.Uri.file(copy)]);
    assert.deepStrictEqual(again.diagnostics, []);
    await api.reload();
    const drawn = await api.threads(again.docs.find(d => d.title.includes('1/3')).uri);
    assert.ok(drawn.some(t => t.draft && t.id === id && t.bodies[0] === 'Kept through a broken mail?'), JSON.stringify(drawn));
  });

  test('a mail file that cannot be read is a message, not an exception; a lying hunk is in the Problems panel', async () => {
    const missing = await vscode.commands.executeCommand('mmstep.review.open', [vscode.Uri.file(path.join(TMP, 'no-such.mbox'))]);
    assert.strictEqual(missing, undefined);
    const bad = path.join(TMP, 'lying.patch');
    const p3 = fs.readFileSync(path.join(series.out, series.files[2]), 'utf8').replace(/@@ -(\d+),(\d+) \+(\d+),(\d+) @@/, (m, a, b, c, d) => `@@ -${a},${Number(b) + 5} +${c},${Number(d) + 5} @@`);
    fs.writeFileSync(bad, p3);
    const r = await vscode.commands.executeCommand('mmstep.review.open', [vscode.Uri.file(bad)]);
    assert.ok(r && r.diagnostics.length > 0, 'the lying hunk counts are diagnostics');
    const diags = await waitFor(() => { const d = vscode.languages.getDiagnostics(vscode.Uri.file(bad)); return d.length ? d : undefined; }, 10000, 'diagnostics on lying.patch');
    assert.ok(diags.every(d => d.source === 'mmstep review'));
    assert.ok(diags.some(d => d.range.start.line + 1 === r.diagnostics[0].line), 'at the line the parser names');
  });
});
