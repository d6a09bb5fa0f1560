// Patch review, the whole way through, in a real VS Code (issue 9 acceptance): a patch made here
// with `git format-patch` changes migrate_vma_collect_pmd of the Linux 6.12 tree's
// mm/migrate_device.c (the collect pass skips the range's last page). It is opened for review;
// the patch document has a CodeLens "Step through migrate_vma_collect_pmd in mmstep"; running the
// lens's command starts a debug session with the patch applied in memory that stops in the patched
// function (frames show "migrate_device.c (patched)"); a breakpoint set in the patch document on
// the added line is hit on that line of the patched file; the stop is attached as evidence to a
// draft on that line; the exported reply quotes the line with the comment and the evidence below
// it; opening the evidence replays a fresh run to the same step with the same state hash; after
// edits in that session (a page's content, a pte's write bit: setExpression on the panel's keys)
// and a step, the evidence carries the edits and opening it reaches the same state hash again.
// The tree file is never written.
'use strict';
const assert = require('assert');
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vscode = require('vscode');
const { REPO, withTimeout, waitFor, mmstepApi, DapRecorder, endSession, setKernelTree: setTree } = require('./helpers');

const FIXTURE = path.join(REPO, 'test', 'fixtures', 'scenarios', 'kernel-tree', 'current-private-4pages-6.12.mmstep.yaml');
const CACHE = process.env.MMSTEP_KERNEL_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'mmstep', 'kernel-trees');
const TREE = path.join(CACHE, 'linux-6.12');
const TREE_FILE = path.join(TREE, 'mm', 'migrate_device.c');
const TMP = path.join(REPO, 'test', 'e2e', '.state', `review-run-${process.pid}`);
const ADDED = '\t\tif (addr == end - PAGE_SIZE)';
const COMMENT = 'Why skip the last page here? The device never sees it.';

function git(cwd, ...args) {
  return execFileSync('git', args, {
    cwd, encoding: 'utf8',
    env: { ...process.env, HOME: TMP, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Alice Author', GIT_AUTHOR_EMAIL: 'alice@example.org',
      GIT_COMMITTER_NAME: 'Alice Author', GIT_COMMITTER_EMAIL: 'alice@example.org', GIT_AUTHOR_DATE: '2026-11-30T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-30T10:00:00Z' },
  });
}

/** The tree file with our own two lines after the collect loop reads the pte. */
function skipLastPage(text) {
  const lines = text.split('\n');
  const fn = lines.findIndex(l => l.startsWith('static int migrate_vma_collect_pmd('));
  const read = lines.findIndex((l, i) => i > fn && l.trim() === 'pte = ptep_get(ptep);');
  assert.ok(fn >= 0 && read > fn, 'migrate_vma_collect_pmd reads the pte in its loop');
  lines.splice(read + 1, 0, '', ADDED, '\t\t\tgoto next;');
  return lines.join('\n');
}

function buildPatch(treeText) {
  const repo = path.join(TMP, 'repo');
  fs.mkdirSync(path.join(repo, 'mm'), { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  fs.writeFileSync(path.join(repo, 'mm', 'migrate_device.c'), treeText);
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'base');
  fs.writeFileSync(path.join(repo, 'mm', 'migrate_device.c'), skipLastPage(treeText));
  git(repo, 'commit', '-q', '-am', 'mm/migrate_device: skip the last page of a range\n\nA test patch of ours.\n\nSigned-off-by: Alice Author <alice@example.org>');
  const out = path.join(TMP, 'out');
  git(repo, 'format-patch', '-q', '--thread', '-o', out, 'HEAD~1');
  return path.join(out, fs.readdirSync(out)[0]);
}



suite('patch review: run the patch from its CodeLens, take evidence, reply with it', function () {
  this.timeout(180000);
  let api, rec, mail, treeBefore, opened, doc, evidence;
  const bps = [];

  suiteSetup(async () => {
    if (!fs.existsSync(TREE_FILE)) throw new Error(`${TREE_FILE} is missing: extract the Debian kernel trees with \`bash scripts/kernel-trees.sh\``);
    fs.rmSync(TMP, { recursive: true, force: true });
    fs.mkdirSync(TMP, { recursive: true });
    treeBefore = fs.readFileSync(TREE_FILE, 'utf8');
    mail = buildPatch(treeBefore);
    api = (await mmstepApi()).review;
    rec = new DapRecorder();
    await setTree(TREE);
  });
  suiteTeardown(async () => {
    await endSession();
    vscode.debug.removeBreakpoints(bps);
    await setTree(undefined);
    if (rec) rec.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(TMP, { recursive: true, force: true });
  });

  test('the patch opens for review and its document has a CodeLens on the changed function', async () => {
    opened = await vscode.commands.executeCommand('mmstep.review.open', vscode.Uri.file(mail));
    assert.ok(opened, 'the command returned nothing');
    assert.deepStrictEqual(opened.diagnostics, []);
    assert.deepStrictEqual(opened.docs.map(d => d.title), ['[v1] mm/migrate_device: skip the last page of a range']);
    doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(opened.docs[0].uri));
    await vscode.window.showTextDocument(doc);
    const lenses = await waitFor(async () => {
      const l = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri);
      return l && l.length ? l : undefined;
    }, 30000, 'code lenses on the patch document');
    const titles = lenses.map(l => l.command && l.command.title);
    assert.deepStrictEqual(titles, ['Step through migrate_vma_collect_pmd in mmstep'], `lenses: ${JSON.stringify(titles)}`);
    assert.strictEqual(lenses[0].command.command, 'mmstep.review.stepThrough');
    // the lens sits in the function's hunk
    assert.match(doc.lineAt(lenses[0].range.start.line).text, /^(@@ |[-+ ])/);
  });

  test('the CodeLens starts a session with the patch applied that stops in the patched function', async () => {
    const lens = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri))[0];
    const since = rec.mark();
    const started = await vscode.commands.executeCommand(lens.command.command, { ...lens.command.arguments[0], scenario: FIXTURE });
    assert.ok(started, 'the lens command did not start a session');
    const stopped = await rec.waitEvent(['stopped', 'terminated'], since, 90000);
    assert.strictEqual(stopped.event, 'stopped', 'the run ended without stopping in migrate_vma_collect_pmd');
    const session = vscode.debug.activeDebugSession;
    assert.ok(session && session.type === 'mmstep');
    assert.strictEqual(session.configuration.patch.messageId, opened.docs[0].messageId);
    const [top] = (await withTimeout(session.customRequest('stackTrace', { threadId: stopped.body.threadId }), 15000, 'stackTrace')).stackFrames;
    assert.strictEqual(top.name, 'migrate_vma_collect_pmd');
    assert.strictEqual(top.source.name, 'migrate_device.c (patched)');
    const src = await withTimeout(session.customRequest('source', { source: top.source, sourceReference: top.source.sourceReference }), 15000, 'source');
    assert.ok(src.content.includes(ADDED), 'the frame\'s source is the patched text');
  });

  test('a breakpoint set in the patch document on the added line is hit on that line of the patched file', async () => {
    const session = vscode.debug.activeDebugSession;
    const docLine = doc.getText().split('\n').indexOf('+' + ADDED);
    assert.ok(docLine >= 0, 'the added line is in the patch document');
    const bp = new vscode.SourceBreakpoint(new vscode.Location(doc.uri, new vscode.Position(docLine, 0)));
    bps.push(bp);
    const since = rec.mark();
    vscode.debug.addBreakpoints([bp]);
    const set = await rec.waitMessage(m => m.type === 'response' && m.command === 'setBreakpoints' && m.body.breakpoints.length > 0, since, 15000, 'setBreakpoints for the patch document');
    assert.strictEqual(set.body.breakpoints[0].verified, true, `not verified: ${set.body.breakpoints[0].message}`);
    const mark = rec.mark();
    await withTimeout(session.customRequest('continue', { threadId: 1 }), 15000, 'continue');
    const stopped = await rec.waitEvent(['stopped', 'terminated'], mark, 60000);
    assert.strictEqual(stopped.event, 'stopped');
    assert.strictEqual(stopped.body.reason, 'breakpoint');
    const [top] = (await session.customRequest('stackTrace', { threadId: stopped.body.threadId })).stackFrames;
    const patched = skipLastPage(treeBefore).split('\n');
    assert.strictEqual(top.source.name, 'migrate_device.c (patched)');
    assert.strictEqual(patched[top.line - 1], ADDED, `stopped at patched line ${top.line}: ${patched[top.line - 1]}`);
  });

  test('the stop is attached as evidence to a draft on the added line', async () => {
    const docLine = doc.getText().split('\n').indexOf('+' + ADDED) + 1;
    const id = await api.addDraft(opened.docs[0].uri, docLine, COMMENT);
    assert.ok(id, 'addDraft returned no thread id');
    assert.ok(await api.attachEvidence(opened.docs[0].uri, id), 'attachEvidence returned false');
    await api.flush();
    const thread = (await api.drafts(opened.key)).threads.find(t => t.id === id);
    evidence = thread.comments[0].evidence[0];
    assert.ok(evidence, 'no evidence on the draft');
    assert.strictEqual(evidence.kind, 'step');
    assert.match(evidence.label, /^migrate_vma_collect_pmd\(\) mm\/migrate_device\.c:\d+/);
    assert.strictEqual(evidence.patch.messageId, opened.docs[0].messageId);
    assert.strictEqual(evidence.scenario, FIXTURE);
    assert.ok(evidence.excerpt.split('\n').length >= 2, `excerpt: ${evidence.excerpt}`);
    const drawn = (await api.threads(opened.docs[0].uri)).find(t => t.id === id);
    assert.ok(drawn.bodies[0].includes(evidence.label), drawn.bodies[0]);
  });

  test('the exported reply quotes the added line with the comment and the evidence below it', async () => {
    const r = await api.exportReply(opened.docs[0].uri, { identity: { name: 'Rita Reviewer', email: 'rita@example.org' }, target: path.join(TMP, 'reply.eml') });
    assert.ok(r && r.text, 'no reply');
    assert.deepStrictEqual(r.diagnostics, []);
    assert.match(r.text, /^Subject: Re: \[PATCH\] mm\/migrate_device: skip the last page of a range$/m);
    assert.ok(r.text.includes(`In-Reply-To: ${opened.docs[0].messageId}`));
    const lines = r.text.split('\n');
    const q = lines.indexOf('> +' + ADDED);
    assert.ok(q > 0, `the added line is quoted:\n${r.text}`);
    const after = lines.slice(q + 1).join('\n');
    assert.ok(after.indexOf(COMMENT) >= 0, 'the comment follows the quoted line');
    assert.ok(after.indexOf(evidence.label) > after.indexOf(COMMENT), 'the evidence label follows the comment');
    const first = evidence.excerpt.split('\n')[0];
    assert.ok(lines.includes('    ' + first), `the excerpt is indented by 4 spaces:\n${r.text}`);
    assert.strictEqual(fs.readFileSync(path.join(TMP, 'reply.eml'), 'utf8'), r.text);
    console.log(r.text.split('\n').map(l => `      | ${l}`).join('\n'));
  });

  test('opening the evidence replays a fresh run to the same step with the same state', async () => {
    await endSession();
    vscode.debug.removeBreakpoints(bps);
    const since = rec.mark();
    const ok = await vscode.commands.executeCommand('mmstep.evidence.open', evidence);
    assert.ok(ok, 'mmstep.evidence.open did not start a session');
    const stopped = await rec.waitEvent(['stopped', 'terminated'], since, 90000);
    assert.strictEqual(stopped.event, 'stopped');
    const again = await vscode.commands.executeCommand('mmstep.evidence.capture', { quiet: true });
    assert.ok(again, 'no evidence from the replayed session');
    assert.strictEqual(again.step, evidence.step);
    assert.strictEqual(again.label, evidence.label);
    assert.strictEqual(again.stateHash, evidence.stateHash);
    assert.strictEqual(again.excerpt.replace(/[*\s]+/g, ' '), evidence.excerpt.replace(/[*\s]+/g, ' '));
    assert.strictEqual(fs.readFileSync(TREE_FILE, 'utf8'), treeBefore, 'the tree file is untouched');
  });

  test('evidence of an edited run (a page field and a pte set, then a step) replays with its edits to the same state', async () => {
    const session = vscode.debug.activeDebugSession;
    assert.ok(session && session.type === 'mmstep', 'the replayed session is active');
    const { state } = await session.customRequest('mmstepState');
    const page = state.pages.find((p) => !p.free);
    const pte = state.processes[0].ptes.find((p) => p.kind === 'present');
    assert.ok(page && pte, 'a page and a present pte in view');
    const content = await session.customRequest('setExpression', { expression: `page:0x${page.pfn.toString(16)}:content`, value: 'edited' });
    assert.strictEqual(content.value, 'edited');
    const write = pte.bits.includes('write') ? 'false' : 'true';
    const set = await session.customRequest('setExpression', { expression: `pte:1:${pte.addr}:write`, value: write });
    assert.match(set.value, /^present\(/);
    const since = rec.mark();
    await session.customRequest('next', { threadId: evidence.thread.id });
    await rec.waitEvent(['stopped'], since, 30000);
    const edited = await vscode.commands.executeCommand('mmstep.evidence.capture', { quiet: true });
    assert.ok(edited, 'evidence of the edited run');
    assert.deepStrictEqual(edited.edits.list.map((e) => e.kind), ['page', 'pte']);
    assert.strictEqual(edited.edits.list[0].step, evidence.step);
    await endSession();
    const since2 = rec.mark();
    const ok = await vscode.commands.executeCommand('mmstep.evidence.open', JSON.parse(JSON.stringify(edited)));
    assert.ok(ok, 'mmstep.evidence.open did not start a session');
    const stopped = await rec.waitEvent(['stopped', 'terminated'], since2, 90000);
    assert.strictEqual(stopped.event, 'stopped');
    const again = await vscode.commands.executeCommand('mmstep.evidence.capture', { quiet: true });
    assert.ok(again, 'no evidence from the replayed edited session');
    assert.strictEqual(again.step, edited.step);
    assert.strictEqual(again.stateHash, edited.stateHash);
    assert.deepStrictEqual(again.edits, edited.edits);
  });
});
