// DAP tests of a kernel tree's own file in the debugger (issue 8, acceptance "in the debugger"):
// the adapter launched with `kernelTree` (what the extension sends for launch.json's kernelTree or
// the mmstep.kernelTree setting) on the 6.12 fixture, a breakpoint on a line of the tree's
// migrate_vma_collect_pmd hit at that line with the tree's file on the stack and the stage named,
// `next` through the function's macro lines stopping only at its real lines; a bad kernelTree
// fails the launch naming it; a load's problems (with their related places) as the
// mmstepDiagnostics event; and the "Macro expansion" scope of a statement a macro produced.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { MACRO_SCOPE, macroRef } from '../../../src/debug/macro-scope';
import { MmstepDebugSession } from '../../../src/debug/session';
import type { StateView } from '../../../src/protocol/state';
import { loadScenario } from '../../../src/sim/load';
import type { Diagnostic } from '../../../src/sim/types';
import { CACHE, FIXTURES, ROOT, treeFile } from '../sim/kernel-tree-env';
import { Adapter, nextEvent, startAdapter } from './harness';

type Stopped = DebugProtocol.StoppedEvent;

/**
 * The macros of mmstep's own headers (kernel/include, kernel/compat): name → function-like. A
 * line uses one when it spells a function-like macro followed by `(`, or an object-like macro in
 * capitals (PAGE_SIZE, MIGRATE_PFN_MIGRATE; not `page`, which a header renames).
 */
function ownMacros(): Map<string, boolean> {
  const macros = new Map<string, boolean>();
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.h')) {
        for (const m of fs.readFileSync(p, 'utf8').matchAll(/^\s*#\s*define\s+([A-Za-z_]\w*)(\()?/gm)) macros.set(m[1], m[2] === '(');
      }
    }
  };
  walk(path.join(ROOT, 'kernel/include'));
  walk(path.join(ROOT, 'kernel/compat'));
  return macros;
}

/** The macros a line of C uses (see ownMacros). */
function macrosUsed(line: string, macros: Map<string, boolean>): string[] {
  return [...line.matchAll(/([A-Za-z_]\w*)(\s*\()?/g)]
    .filter((m) => macros.has(m[1]) && (macros.get(m[1]) ? m[2] !== undefined : /^[A-Z][A-Z0-9_]+$/.test(m[1])))
    .map((m) => m[1]);
}

async function launchTo(a: Adapter, args: Record<string, unknown>, bps: { file: string; lines: number[] }[] = []): Promise<{ stop: Stopped; verified: DebugProtocol.Breakpoint[][] }> {
  const initialized = a.dc.waitForEvent('initialized');
  await a.dc.launch(args as DebugProtocol.LaunchRequestArguments);
  await initialized;
  const verified: DebugProtocol.Breakpoint[][] = [];
  for (const b of bps) verified.push((await a.dc.setBreakpointsRequest({ source: { path: b.file }, breakpoints: b.lines.map((line) => ({ line })) })).body.breakpoints);
  const stopped = nextEvent<Stopped>(a.dc, 'stopped');
  await a.dc.configurationDoneRequest();
  return { stop: await stopped, verified };
}

async function top(a: Adapter, threadId: number): Promise<DebugProtocol.StackFrame> {
  return (await a.dc.stackTraceRequest({ threadId })).body.stackFrames[0];
}

describe('debug adapter: a kernel tree\'s migrate_device.c', function () {
  this.timeout(60000);
  const SCENARIO = path.join(FIXTURES, 'current-private-4pages-6.12.mmstep.yaml');
  let a: Adapter;
  let savedCache: string | undefined;
  beforeEach(async () => {
    // The fixture's kernel_tree is ${MMSTEP_KERNEL_CACHE}/linux-6.12: pointed nowhere, so only
    // the launch's kernelTree can make it load.
    savedCache = process.env.MMSTEP_KERNEL_CACHE;
    process.env.MMSTEP_KERNEL_CACHE = path.join(os.tmpdir(), 'mmstep-no-such-kernel-cache');
    a = await startAdapter(() => new MmstepDebugSession(new NodeFileAccess()));
  });
  afterEach(async () => {
    await a.close();
    if (savedCache === undefined) delete process.env.MMSTEP_KERNEL_CACHE;
    else process.env.MMSTEP_KERNEL_CACHE = savedCache;
  });

  it('Linux 6.12 through kernelTree: a breakpoint in migrate_vma_collect_pmd is hit at its line, stage collect, next steps through macro lines', async () => {
    const file = treeFile('6.12');
    const tree = path.join(CACHE, 'linux-6.12');
    const l = await loadScenario(SCENARIO, new NodeFileAccess(), { kernelTree: tree });
    const fn = l.program.functions[l.program.fnIndex['migrate_vma_collect_pmd']];
    assert.strictEqual(fn.file, file);
    const fnLines = new Set(l.program.stmtLines[file].filter((n) => n >= fn.line && n <= fn.endLine));
    const text = fs.readFileSync(file, 'utf8').split('\n');
    const bpLine = [...fnLines].find((n) => text[n - 1].includes('pte_none('));
    assert.ok(bpLine, 'a statement of migrate_vma_collect_pmd calls pte_none');

    const stageOut = nextEvent<DebugProtocol.OutputEvent>(a.dc, 'output', (e) => e.body.output === '== stage: collect\n');
    const { stop, verified } = await launchTo(a, { scenario: SCENARIO, kernelTree: tree, stopOnEntry: false }, [{ file, lines: [bpLine] }]);
    assert.deepStrictEqual(verified[0].map((b) => [b.verified, b.line]), [[true, bpLine]]);
    assert.strictEqual(stop.body.reason, 'breakpoint');
    const tid = stop.body.threadId!;
    const frame = await top(a, tid);
    assert.deepStrictEqual([frame.name, frame.source?.path, frame.line], ['migrate_vma_collect_pmd', file, bpLine]);
    await stageOut;
    const state = ((await a.dc.customRequest('mmstepState')).body as { state: StateView }).state;
    assert.strictEqual(state.stage, 'collect');

    // `next` from there: every stop is a statement line of the function, in the tree's file, and
    // the walk crosses lines built from mmstep's header macros (PAGE_SIZE, MIGRATE_PFN_*, ...).
    const macros = ownMacros();
    const visited: number[] = [];
    const spans = new Map<number, string>();
    for (let i = 0; i < 40; i++) {
      const next = nextEvent<Stopped>(a.dc, 'stopped');
      await a.dc.nextRequest({ threadId: tid });
      assert.strictEqual((await next).body.reason, 'step');
      const f = await top(a, tid);
      assert.strictEqual(f.name, 'migrate_vma_collect_pmd', `step ${i + 1} left the function (at ${f.name} ${f.line})`);
      assert.strictEqual(f.source?.path, file);
      assert.ok(fnLines.has(f.line), `step ${i + 1} stopped at line ${f.line}, not a statement line of migrate_vma_collect_pmd`);
      visited.push(f.line);
      // The statement's text (an if's condition may run over several lines).
      spans.set(f.line, text.slice(f.line - 1, f.endLine ?? f.line).join('\n'));
    }
    const withMacros = [...spans].filter(([, t]) => macrosUsed(t, macros).length > 0).map(([n]) => n);
    assert.ok(withMacros.length >= 3, `the steps ${visited.join(' ')} crossed only ${withMacros.length} lines using macros`);
  });

  it('Linux 6.12: a stop in migrate_vma_collect_pmd on a line using MIGRATE_PFN_MIGRATE inside an expression shows it in the Macro expansion scope, with its #define', async () => {
    const file = treeFile('6.12');
    const tree = path.join(CACHE, 'linux-6.12');
    const l = await loadScenario(SCENARIO, new NodeFileAccess(), { kernelTree: tree });
    const fn = l.program.functions[l.program.fnIndex['migrate_vma_collect_pmd']];
    const text = fs.readFileSync(file, 'utf8').split('\n');
    // `mpfn = migrate_pfn(pfn) | MIGRATE_PFN_MIGRATE;`: a present pte's entry, which the four
    // system pages of the scenario reach; the statement starts with `mpfn`, spelled in the file.
    const bpLine = l.program.stmtLines[file].find((n) => n >= fn.line && n <= fn.endLine && /^\s*mpfn = .*\|\s*MIGRATE_PFN_MIGRATE;/.test(text[n - 1]));
    assert.ok(bpLine, 'a statement of migrate_vma_collect_pmd ors MIGRATE_PFN_MIGRATE into mpfn');
    const { stop } = await launchTo(a, { scenario: SCENARIO, kernelTree: tree, stopOnEntry: false }, [{ file, lines: [bpLine] }]);
    assert.strictEqual(stop.body.reason, 'breakpoint');
    const f = await top(a, stop.body.threadId!);
    assert.deepStrictEqual([f.name, f.source?.path, f.line], ['migrate_vma_collect_pmd', file, bpLine]);
    const scope = (await a.dc.scopesRequest({ frameId: f.id })).body.scopes.find((s) => s.name === MACRO_SCOPE);
    assert.ok(scope, `no ${MACRO_SCOPE} scope at ${file}:${bpLine}`);
    const rows = (await a.dc.variablesRequest({ variablesReference: scope.variablesReference })).body.variables;
    const row = rows.find((r) => r.name === 'MIGRATE_PFN_MIGRATE');
    assert.ok(row, `rows: ${rows.map((r) => r.name).join(', ')}`);
    // Where mmstep's header defines it: the row's type names the file, line and column; that line
    // is the #define, and the value says it as grep would.
    const m = /^#define MIGRATE_PFN_MIGRATE at (.+):(\d+):(\d+); expanded at (.+):(\d+):(\d+)$/.exec(row.type ?? '');
    assert.ok(m, row.type);
    const [defFile, defLine] = [m[1], Number(m[2])];
    assert.ok(defFile.startsWith(path.join(ROOT, 'kernel') + path.sep), `defined in mmstep's headers, not ${defFile}`);
    const defText = fs.readFileSync(defFile, 'utf8').split('\n')[defLine - 1];
    assert.match(defText, /^#\s*define\s+MIGRATE_PFN_MIGRATE\b/);
    assert.deepStrictEqual([m[4], Number(m[5])], [file, bpLine]);
    assert.strictEqual(Number(m[6]), text[bpLine - 1].indexOf('MIGRATE_PFN_MIGRATE') + 1);
    assert.ok(row.value.startsWith(`include/linux/${path.basename(defFile)}:${defLine}: #define MIGRATE_PFN_MIGRATE`), row.value);
  });

  it('a kernelTree that is not a kernel tree\'s root fails the launch, naming it', async () => {
    const tree = path.join(CACHE, 'linux-6.12');
    treeFile('6.12');
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ kernelTree: path.join(tree, 'mm') }, /"kernelTree" is '.*linux-6\.12\/mm', which is inside the kernel tree .*linux-6\.12 \(Linux 6\.12\.\d+\); name the tree's root/],
      [{ kernelTree: '/nonexistent/linux' }, /"kernelTree" is '\/nonexistent\/linux', which does not exist/],
      [{ kernelTree: 'linux-6.12' }, /"kernelTree" must be an absolute path/],
      [{ kernelTree: path.join(ROOT, 'kernel'), kernelTreeOrigin: 'the setting "mmstep.kernelTree"' }, /the setting "mmstep\.kernelTree" is '.*kernel', which is not a kernel tree \(no top Makefile/],
    ];
    for (const [extra, want] of cases) {
      const err = await a.dc.launch({ scenario: SCENARIO, ...extra } as DebugProtocol.LaunchRequestArguments).then(
        () => assert.fail(`launch with ${JSON.stringify(extra)} should fail`),
        (e: Error) => e,
      );
      assert.match(err.message, want);
    }
  });

  it('a load that fails sends mmstepDiagnostics with each problem and its related places; a load that works, none', async () => {
    const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-bad-macro-tree-'));
    try {
      fs.writeFileSync(path.join(tree, 'Makefile'), 'VERSION = 6\nPATCHLEVEL = 12\nSUBLEVEL = 0\n');
      fs.mkdirSync(path.join(tree, 'mm'));
      const file = path.join(tree, 'mm/bad.c');
      fs.writeFileSync(file, ['#define BAD(x) ((x) + nosuch)', 'int entry(int n)', '{', '\treturn 1 + BAD(n);', '}', ''].join('\n'));
      const scenario = path.join(tree, 'bad.mmstep.yaml');
      fs.writeFileSync(scenario, ['name: bad macro', 'sources: [tree:mm/bad.c]', 'entry: { function: entry, args: [1] }', 'memory:', '  processes: [{ pid: 1, vmas: [{start: 0x7f0000000000, end: 0x7f0000001000}] }]', ''].join('\n'));
      const reported = nextEvent<DebugProtocol.Event>(a.dc, 'mmstepDiagnostics');
      const err = await a.dc.launch({ scenario, kernelTree: tree } as DebugProtocol.LaunchRequestArguments).then(
        () => assert.fail('the launch should fail'),
        (e: Error) => e,
      );
      assert.match(err.message, /bad\.c:4:13: error: .*nosuch/);
      assert.match(err.message, /bad\.c:1:9: note: macro 'BAD' defined here/);
      const body = (await reported).body as { scenario: string; diagnostics: Diagnostic[] };
      assert.strictEqual(body.scenario, scenario);
      const d = body.diagnostics.find((x) => x.file === file && x.severity === 'error');
      assert.ok(d, JSON.stringify(body.diagnostics));
      assert.deepStrictEqual([d.line, d.column], [4, 13]);
      assert.deepStrictEqual(d.related, [{ file, line: 1, column: 9, message: "macro 'BAD' defined here" }]);
    } finally {
      fs.rmSync(tree, { recursive: true, force: true });
    }
    const b = await startAdapter(() => new MmstepDebugSession(new NodeFileAccess()));
    try {
      const clean = nextEvent<DebugProtocol.Event>(b.dc, 'mmstepDiagnostics');
      await launchTo(b, { scenario: path.join(ROOT, 'examples/private-4pages.mmstep.yaml'), stopOnEntry: true });
      assert.deepStrictEqual((await clean).body.diagnostics, []);
    } finally {
      await b.close();
    }
  });

  describe('the "Macro expansion" scope', () => {
    let tree: string;
    before(() => {
      tree = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-macro-tree-'));
      fs.writeFileSync(path.join(tree, 'Makefile'), 'VERSION = 6\nPATCHLEVEL = 12\nSUBLEVEL = 0\n');
      fs.mkdirSync(path.join(tree, 'mm'));
      fs.writeFileSync(
        path.join(tree, 'mm/t.c'),
        [
          '#include <linux/kernel.h>', //                                    1
          '#define BUMP(v) do { (v) += BIT(1); } while (0)', //              2
          '#define BUMP_TWICE(v) BUMP(v); BUMP(v)', //                       3
          'int entry(int n)', //                                             4
          '{', //                                                            5
          '\tint x = n;', //                                                 6
          '\tBUMP_TWICE(x);', //                                             7
          '\treturn max(x, 3);', //                                          8
          '}', //                                                            9
          '',
        ].join('\n'),
      );
      fs.writeFileSync(
        path.join(tree, 't.mmstep.yaml'),
        ['name: macro scope', 'sources: [tree:mm/t.c]', 'entry: { function: entry, args: [1] }', 'memory:', '  processes: [{ pid: 1, vmas: [{start: 0x7f0000000000, end: 0x7f0000001000}] }]', 'expect: { returns: 5 }', ''].join('\n'),
      );
    });
    after(() => fs.rmSync(tree, { recursive: true, force: true }));

    it('lists the macros a statement uses, each opening onto the macros it used (and in a hover), and is absent elsewhere', async () => {
      const file = path.join(tree, 'mm/t.c');
      const { stop } = await launchTo(a, { scenario: path.join(tree, 't.mmstep.yaml'), kernelTree: tree, stopOnEntry: true });
      const tid = stop.body.threadId!;
      const atEntry = await top(a, tid);
      assert.deepStrictEqual([atEntry.source?.path, atEntry.line], [file, 6]);
      const scopesAt = async (frameId: number) => (await a.dc.scopesRequest({ frameId })).body.scopes;
      assert.ok(!(await scopesAt(atEntry.id)).some((s) => s.name === MACRO_SCOPE), 'a statement that uses no macro has no macro scope');
      await assert.rejects(a.dc.variablesRequest({ variablesReference: macroRef(atEntry.id) }), /no variables with reference/);
      await assert.rejects(a.dc.variablesRequest({ variablesReference: macroRef(atEntry.id, 1) }), /no variables with reference/);

      const next = nextEvent<Stopped>(a.dc, 'stopped');
      await a.dc.nextRequest({ threadId: tid });
      await next;
      const f = await top(a, tid);
      assert.deepStrictEqual([f.line, f.column], [7, 2]);
      const scopes = await scopesAt(f.id);
      assert.strictEqual(scopes[0].name, 'Locals');
      const macro = scopes.find((s) => s.name === MACRO_SCOPE);
      assert.ok(macro, `no ${MACRO_SCOPE} scope in ${scopes.map((s) => s.name).join(', ')}`);
      const rows = (await a.dc.variablesRequest({ variablesReference: macro.variablesReference })).body.variables;
      // One row per macro spelled in the statement, opening onto the macros its expansion used.
      assert.deepStrictEqual(
        rows.map((r) => [r.name, r.value]),
        [['BUMP_TWICE(x)', 'mm/t.c:3: #define BUMP_TWICE(v) BUMP(v); BUMP(v)']],
      );
      assert.match(rows[0].type ?? '', /^#define BUMP_TWICE at .*mm\/t\.c:3:9; expanded at .*mm\/t\.c:7:2$/);
      assert.ok(rows[0].variablesReference > 0, 'BUMP_TWICE opens onto the macros it used');
      const inner = (await a.dc.variablesRequest({ variablesReference: rows[0].variablesReference })).body.variables;
      const bumps = inner.filter((r) => r.name === 'BUMP(v)');
      assert.deepStrictEqual(
        bumps.map((r) => r.value),
        ['mm/t.c:2: #define BUMP(v) do { (v) += BIT(1); } while (0)', 'mm/t.c:2: #define BUMP(v) do { (v) += BIT(1); } while (0)'],
        `both BUMPs of BUMP_TWICE's body (rows: ${inner.map((r) => r.name).join(', ')})`,
      );
      assert.match(bumps[0].type ?? '', /^#define BUMP at .*mm\/t\.c:2:9; expanded at .*mm\/t\.c:3:23$/);
      assert.match(bumps[1].type ?? '', /; expanded at .*mm\/t\.c:3:32$/);
      const bit = inner.find((r) => r.name === 'BIT(1)');
      assert.ok(bit, 'BIT of BUMP\'s body, once for both BUMPs');
      assert.strictEqual(inner.filter((r) => r.name === 'BIT(1)').length, 1);
      assert.match(bit.type ?? '', /^#define BIT at .*\.h:\d+:\d+; expanded at .*mm\/t\.c:2:\d+$/);
      assert.ok(inner.indexOf(bit) < inner.indexOf(bumps[0]), 'innermost first');

      // A hover on a macro of the statement: its invocation and #define, opening onto its group.
      const hover = await a.dc.evaluateRequest({ expression: 'BUMP_TWICE', frameId: f.id, context: 'hover' });
      assert.strictEqual(hover.body.result, 'BUMP_TWICE(x): mm/t.c:3: #define BUMP_TWICE(v) BUMP(v); BUMP(v)');
      assert.strictEqual(hover.body.variablesReference, rows[0].variablesReference);
      const local = await a.dc.evaluateRequest({ expression: 'x', frameId: f.id, context: 'hover' });
      assert.strictEqual(local.body.result, '1');

      // Both BUMPs and their bodies are at 7:2; the next position is line 8, whose `max(x, 3)`
      // is a macro used inside the return's expression.
      const step = async (from: DebugProtocol.StackFrame): Promise<DebugProtocol.StackFrame> => {
        let g = from;
        for (let i = 0; i < 8 && g.line === from.line; i++) {
          const again = nextEvent<Stopped>(a.dc, 'stopped');
          await a.dc.nextRequest({ threadId: tid });
          await again;
          g = await top(a, tid);
        }
        return g;
      };
      const after = await step(f);
      assert.strictEqual(after.line, 8);
      const ret = (await scopesAt(after.id)).find((s) => s.name === MACRO_SCOPE);
      assert.ok(ret, 'max(x, 3) in the return statement');
      const retRows = (await a.dc.variablesRequest({ variablesReference: ret.variablesReference })).body.variables;
      assert.strictEqual(retRows[0].name, 'max(x, 3)');
      assert.match(retRows[0].value, /^include\/linux\/\w+\.h:\d+: #define max\(/);
      // The references are the frame's: line 7's now list line 8's macros.
      assert.deepStrictEqual(ret.variablesReference, macro.variablesReference);
    });
  });
});
