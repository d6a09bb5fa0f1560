// DAP tests of a patch under review in the debugger (issue 9, "Run the patch"): the adapter
// launched with `patch` on the Linux 6.12 tree scenario, a breakpoint set in the patch document
// (source.path = the mmstep-patch: URI as VS Code sends it) stops on the patched line, the stack
// frame's source is the patched file served by sourceReference, a '-' line and a header line are
// unverified with a reason, and a launch naming a patch the mail does not hold fails clearly.
// The patch is made with `git format-patch` in the test; the tree is read, never written. And a
// patch on a base no tree has (patch.base hmm-2016): its added definitions served as a source.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { checkLaunchArguments } from '../../../src/debug/launch-args';
import { MmstepDebugSession } from '../../../src/debug/session';
import { buildPatchDocument } from '../../../src/review/patch-doc';
import { patchUriString } from '../../../src/review/patch-ref';
import { openMail, type SeriesPatch } from '../../../src/review/thread';
import { CACHE, FIXTURES, treeFile } from '../sim/kernel-tree-env';
import { formatPatchSeries, removeSeries } from '../review/format-patch';
import { baseSeries, SCENARIO as BASE_SCENARIO } from '../review/base-fixture';
import { mmstepKernelDir } from '../../../src/cli/file-access';
import { Adapter, nextEvent, startAdapter } from './harness';

const SKIP = '\t\tif (addr == end - PAGE_SIZE)';

/** The tree text with our own lines: skip the last page after the pte is read; reword one comment. */
function patched(text: string): string {
  const lines = text.split('\n');
  const fn = lines.findIndex((l) => l.startsWith('static int migrate_vma_collect_pmd('));
  const read = lines.findIndex((l, i) => i > fn && l.trim() === 'pte = ptep_get(ptep);');
  assert.ok(fn >= 0 && read > fn);
  lines.splice(read + 1, 0, SKIP, '\t\t\tgoto next;');
  const fixme = lines.findIndex((l, i) => i > fn && l.trim() === '/* FIXME support THP */');
  assert.ok(fixme > fn, 'the collect loop has its THP comment');
  lines[fixme] = '\t\t/* THP is not collected here (test) */';
  return lines.join('\n');
}

/**
 * What VS Code 1.100 sends as source.path for a document of a custom scheme: uri.toString(),
 * which percent-encodes the URI's query (already encoded by encodePatchRef) once more, '=' and '&'
 * included (vscode's encodeURIComponentFast keeps only [A-Za-z0-9-._~] in a query).
 */
function asVsCodeSends(uri: string): string {
  const q = uri.indexOf('?');
  return uri.slice(0, q + 1) + uri.slice(q + 1).replace(/[^A-Za-z0-9\-._~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

describe('debug adapter: a patch under review', function () {
  this.timeout(120000);
  const SCENARIO = path.join(FIXTURES, 'current-private-4pages-6.12.mmstep.yaml');
  const tree = path.join(CACHE, 'linux-6.12');
  let a: Adapter;
  let dir = '';
  let mail = '';
  let patch: SeriesPatch;
  before(async () => {
    const text = fs.readFileSync(treeFile('6.12'), 'utf8');
    const s = formatPatchSeries({ 'mm/migrate_device.c': text }, [{ subject: 'mm/migrate_device: skip the last page (test)', files: { 'mm/migrate_device.c': patched(text) } }]);
    dir = s.dir;
    mail = s.patches[0];
    const t = await openMail([{ file: mail, text: fs.readFileSync(mail, 'utf8') }]);
    patch = t.series[0].patches[0];
  });
  after(() => removeSeries(dir));
  beforeEach(async () => {
    a = await startAdapter(() => new MmstepDebugSession(new NodeFileAccess()));
  });
  afterEach(async () => {
    await a.close();
  });

  it('validates the patch launch argument', () => {
    const ok = checkLaunchArguments({ scenario: SCENARIO, patch: { mails: [mail], messageId: '<x@y>', base: 'hmm-2016' } });
    assert.ok(ok.ok && ok.args.patch?.base === 'hmm-2016');
    const bad = (patchArg: unknown) => {
      const r = checkLaunchArguments({ scenario: SCENARIO, patch: patchArg });
      return r.ok ? 'ok' : r.message;
    };
    assert.match(bad('x.mbox'), /"patch" must be \{ "mails"/);
    assert.match(bad({ mails: [], messageId: '<x@y>' }), /"patch.mails" must be a non-empty list/);
    assert.match(bad({ mails: ['rel.mbox'], messageId: '<x@y>' }), /"patch.mails\[0\]" must be an absolute path/);
    assert.match(bad({ mails: [mail], messageId: '' }), /"patch.messageId" must be the patch's Message-ID/);
    assert.match(bad({ mails: [mail], messageId: '<x@y>', base: '../x' }), /"patch.base" must name/);
    assert.match(bad({ mails: [mail], messageId: '<x@y>', extra: 1 }), /unknown key "extra"/);
  });

  it('a breakpoint in the patch document stops on the patched line; the frame shows the patched file', async () => {
    const doc = buildPatchDocument(patch.message, patch.body);
    const docLines = doc.text.split('\n');
    const plusLine = docLines.indexOf('+' + SKIP) + 1;
    const minusLine = docLines.findIndex((l) => l.startsWith('-') && l.includes('FIXME support THP')) + 1;
    assert.ok(plusLine > 0 && minusLine > 0);
    const uri = asVsCodeSends(patchUriString({ mails: [mail], messageId: patch.message.messageId }, patch.message.subject));
    assert.ok(!uri.slice(uri.indexOf('?') + 1).includes('='), `the query is encoded as VS Code does: ${uri}`);

    const initialized = a.dc.waitForEvent('initialized');
    await a.dc.launch({ scenario: SCENARIO, kernelTree: tree, stopOnEntry: false, patch: { mails: [mail], messageId: patch.message.messageId } } as DebugProtocol.LaunchRequestArguments);
    await initialized;
    const bps = (await a.dc.setBreakpointsRequest({ source: { name: 'skip.patch', path: uri }, breakpoints: [{ line: plusLine }, { line: minusLine }, { line: 1 }] })).body.breakpoints;
    assert.deepStrictEqual(bps.map((b) => [b.verified, b.line]), [[true, plusLine], [false, minusLine], [false, 1]]);
    assert.match(bps[1].message!, /is a removed line \('-'\): it does not run in the patched code/);
    assert.match(bps[2].message!, /line 1 is a mail header, not code/);
    const stopped = nextEvent<DebugProtocol.StoppedEvent>(a.dc, 'stopped');
    await a.dc.configurationDoneRequest();
    const stop = await stopped;
    assert.strictEqual(stop.body.reason, 'breakpoint');
    const frame = (await a.dc.stackTraceRequest({ threadId: stop.body.threadId! })).body.stackFrames[0];
    assert.strictEqual(frame.name, 'migrate_vma_collect_pmd');
    assert.strictEqual(frame.source?.name, 'migrate_device.c (patched)');
    assert.strictEqual(frame.source?.path, path.join(tree, 'mm/migrate_device.c'));
    assert.ok((frame.source?.sourceReference ?? 0) > 0);
    const served = (await a.dc.sourceRequest({ source: frame.source, sourceReference: frame.source!.sourceReference! })).body.content;
    assert.strictEqual(served, patched(fs.readFileSync(treeFile('6.12'), 'utf8')));
    assert.strictEqual(served.split('\n')[frame.line - 1], SKIP, 'the frame is on the patch\'s line of the served text');
    assert.notStrictEqual(fs.readFileSync(treeFile('6.12'), 'utf8').split('\n')[frame.line - 1], SKIP, 'the tree file itself is unchanged');
    // Continue: the same breakpoint again for the next page (the if runs for every page).
    const again = nextEvent<DebugProtocol.StoppedEvent>(a.dc, 'stopped');
    await a.dc.continueRequest({ threadId: stop.body.threadId! });
    assert.strictEqual((await again).body.reason, 'breakpoint');
  });

  it('a launch naming a patch the mail does not hold fails with a message naming what it holds', async () => {
    const r = await a.dc.launch({ scenario: SCENARIO, kernelTree: tree, patch: { mails: [mail], messageId: '<nope@example.org>' } } as DebugProtocol.LaunchRequestArguments).then(
      () => 'launched',
      (e: Error) => e.message,
    );
    assert.match(r, /cannot run the patch <nope@example\.org>:\n.*: error: the mails hold no patch with Message-ID <nope@example\.org> \(they hold 1\/1 </);
  });
});

describe('debug adapter: a patch on a base no tree has (patch.base hmm-2016)', function () {
  this.timeout(120000);
  let a: Adapter;
  let dir = '';
  let mail = '';
  let scenario = '';
  const unit = path.join(mmstepKernelDir()!, 'patch', 'hmm-2016.c');
  before(() => {
    const s = baseSeries();
    dir = s.dir;
    mail = s.patches[0];
    scenario = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-base-dap-')), 'count.mmstep.yaml');
    fs.writeFileSync(scenario, BASE_SCENARIO(unit));
  });
  after(() => {
    removeSeries(dir);
    fs.rmSync(path.dirname(scenario), { recursive: true, force: true });
  });
  beforeEach(async () => {
    a = await startAdapter(() => new MmstepDebugSession(new NodeFileAccess()));
  });
  afterEach(async () => a.close());

  it('a breakpoint on an added line stops in the unit, served as "hmm-2016.c (patched)"', async () => {
    const t = await openMail([{ file: mail, text: fs.readFileSync(mail, 'utf8') }]);
    const p = t.series[0].patches[0];
    const docLines = buildPatchDocument(p.message, p.body).text.split('\n');
    const want = '\t\t\tn++;';
    const docLine = docLines.indexOf('+' + want) + 1;
    assert.ok(docLine > 0);
    const uri = patchUriString({ mails: [mail], messageId: p.message.messageId }, p.message.subject);
    const initialized = a.dc.waitForEvent('initialized');
    await a.dc.launch({ scenario, stopOnEntry: false, patch: { mails: [mail], messageId: p.message.messageId, base: 'hmm-2016' } } as DebugProtocol.LaunchRequestArguments);
    await initialized;
    const bps = (await a.dc.setBreakpointsRequest({ source: { path: uri }, breakpoints: [{ line: docLine }] })).body.breakpoints;
    assert.deepStrictEqual(bps.map((b) => [b.verified, b.line]), [[true, docLine]]);
    const stopped = nextEvent<DebugProtocol.StoppedEvent>(a.dc, 'stopped');
    await a.dc.configurationDoneRequest();
    const stop = await stopped;
    assert.strictEqual(stop.body.reason, 'breakpoint');
    const frame = (await a.dc.stackTraceRequest({ threadId: stop.body.threadId! })).body.stackFrames[0];
    assert.deepStrictEqual([frame.name, frame.source?.name, frame.source?.path], ['hmm_count_mapped_once', 'hmm-2016.c (patched)', unit]);
    const served = (await a.dc.sourceRequest({ source: frame.source, sourceReference: frame.source!.sourceReference! })).body.content;
    assert.strictEqual(served.split('\n')[frame.line - 1], want);
    assert.ok(!fs.existsSync(unit));
  });
});
