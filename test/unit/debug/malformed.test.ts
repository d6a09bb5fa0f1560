// Malformed input to the debug adapter (issue 7, class 6). Over stdio: a `null` body, truncated
// JSON, garbage bytes and wrong Content-Lengths are logged (and answered when the request's seq
// can be read) and the adapter goes on answering — it used to exit silently with code 0. Inline:
// requests with unknown thread, frame and variable ids, a missing `source`, wrong argument types
// or a NUL in a path get an error response in DAP form with a message in the user's words —
// never "Cannot read properties of undefined" or Node's text.

import * as assert from 'assert';
import * as cp from 'child_process';
import * as path from 'path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { FrameReader, type FrameProblem } from '../../../src/debug/framing';
import { MmstepDebugSession } from '../../../src/debug/session';
import { Simulation } from '../../../src/sim/simulation';
import { InlineClient } from './inline-client';

const root = path.resolve(__dirname, '../../../..');
const PRIVATE = path.join(root, 'examples/private-4pages.mmstep.yaml');
const ADAPTER = path.join(root, 'out/src/debug/main.js');

const JS_TEXT = /Cannot read propert|undefined|TypeError|is not a function|ERR_INVALID_ARG|null bytes|at .*\.js:\d+/;

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** The adapter as a child process speaking DAP over stdio, with its output parsed. */
class StdioAdapter {
  readonly proc: cp.ChildProcess;
  readonly messages: DebugProtocol.ProtocolMessage[] = [];
  exit: { code: number | null; signal: string | null } | undefined;
  private reader: FrameReader;
  private waiters: { pred: (m: DebugProtocol.ProtocolMessage) => boolean; resolve: (m: DebugProtocol.ProtocolMessage) => void }[] = [];

  constructor() {
    this.proc = cp.spawn(process.execPath, [ADAPTER], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    this.reader = new FrameReader({
      message: (m) => {
        const msg = m as DebugProtocol.ProtocolMessage;
        this.messages.push(msg);
        const hit = this.waiters.filter((w) => w.pred(msg));
        this.waiters = this.waiters.filter((w) => !hit.includes(w));
        for (const w of hit) w.resolve(msg);
      },
      problem: (p: FrameProblem) => assert.fail(`the adapter wrote a malformed frame: ${p.message}`),
    });
    this.proc.stdout!.on('data', (d: Buffer) => this.reader.push(d));
    this.proc.on('exit', (code, signal) => (this.exit = { code, signal }));
  }

  write(bytes: string | Buffer): void {
    this.proc.stdin!.write(bytes);
  }

  wait(pred: (m: DebugProtocol.ProtocolMessage) => boolean, what: string, ms = 10000): Promise<DebugProtocol.ProtocolMessage> {
    const found = this.messages.find(pred);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms (exit: ${JSON.stringify(this.exit)})`)), ms);
      this.waiters.push({ pred, resolve: (m) => (clearTimeout(t), resolve(m)) });
    });
  }

  response(seq: number): Promise<DebugProtocol.Response> {
    return this.wait((m) => m.type === 'response' && (m as DebugProtocol.Response).request_seq === seq, `response to seq ${seq}`) as Promise<DebugProtocol.Response>;
  }

  stop(): void {
    this.reader.dispose();
    this.proc.kill();
  }
}

function stderrOutputs(a: StdioAdapter): string[] {
  return a.messages
    .filter((m) => m.type === 'event' && (m as DebugProtocol.Event).event === 'output')
    .map((m) => (m as DebugProtocol.OutputEvent).body.output);
}

describe('debug adapter: malformed input over stdio', function () {
  this.timeout(30000);
  let a: StdioAdapter;
  let seq = 100;
  beforeEach(async () => {
    a = new StdioAdapter();
    a.write(frame(JSON.stringify({ seq: 1, type: 'request', command: 'initialize', arguments: { adapterID: 'mmstep', pathFormat: 'path' } })));
    assert.ok((await a.response(1)).success);
  });
  afterEach(() => a.stop());

  /** After `bytes`, a well-formed threads request is still answered. */
  async function stillAnswers(bytes: string | Buffer): Promise<void> {
    a.write(bytes);
    const s = ++seq;
    a.write(frame(JSON.stringify({ seq: s, type: 'request', command: 'threads' })));
    const r = await a.response(s);
    assert.strictEqual(r.success, true);
    assert.strictEqual(a.exit, undefined, 'the adapter exited');
  }

  it('a null body is logged, not an exit', async () => {
    await stillAnswers(frame('null'));
    assert.ok(stderrOutputs(a).some((o) => /malformed DAP input: a DAP message must be a JSON object, not null/.test(o)), stderrOutputs(a).join(''));
  });

  it('truncated JSON is answered with an error response for its seq', async () => {
    await stillAnswers(frame('{"seq":7,"type":"request","command":"stackTrace","arguments":{"threadId":'));
    const r = await a.response(7);
    assert.strictEqual(r.success, false);
    assert.strictEqual(r.command, 'stackTrace');
    assert.match(r.message!, /^mmstep: malformed request: a DAP message with invalid JSON/);
    assert.ok((r.body as { error?: { format?: string } }).error?.format);
  });

  it('garbage bytes between frames are skipped', async () => {
    await stillAnswers(Buffer.from([0, 255, 13, 10, 13, 10, 1, 2, 3, 0x43, 0x6f, 0x6e]));
    await stillAnswers('hello\r\n\r\n{"not":"a frame"}');
    assert.ok(stderrOutputs(a).some((o) => /not part of a DAP frame/.test(o)));
  });

  it('a Content-Length too small, too large, negative or absurd does not swallow the next frame', async () => {
    const body = JSON.stringify({ seq: 8, type: 'request', command: 'threads' });
    await stillAnswers(`Content-Length: ${body.length - 5}\r\n\r\n${body}`);
    await stillAnswers(`Content-Length: ${body.length + 40}\r\n\r\n${body}`);
    await stillAnswers(`Content-Length: -3\r\n\r\n${body}`);
    await stillAnswers(`Content-Length: 99999999999\r\n\r\n${body}`);
    await stillAnswers(`Content-Length: 0\r\n\r\n`);
    // the frame with the too-large length was read up to the next header and answered
    assert.ok(a.messages.some((m) => m.type === 'response' && (m as DebugProtocol.Response).request_seq === 8 && (m as DebugProtocol.Response).success));
  });

  it('a request whose declared length is longer than what arrives is taken after a pause', async () => {
    const body = JSON.stringify({ seq: 9, type: 'request', command: 'threads' });
    a.write(`Content-Length: ${body.length + 10}\r\n\r\n${body}`);
    const r = await a.response(9);
    assert.strictEqual(r.success, true);
    assert.ok(stderrOutputs(a).some((o) => /declared Content-Length/.test(o)));
  });

  it('still exits when its input closes (the client went away)', async () => {
    a.proc.stdin!.end();
    await new Promise<void>((resolve) => (a.exit ? resolve() : a.proc.on('exit', () => resolve())));
    assert.deepStrictEqual(a.exit, { code: 0, signal: null });
  });
});

describe('debug adapter: request validation (inline)', function () {
  this.timeout(30000);
  let c: InlineClient;
  beforeEach(async () => {
    c = new InlineClient(new MmstepDebugSession(new NodeFileAccess()));
    await c.launchToEntry(PRIVATE);
  });
  afterEach(() => c.dispose());

  async function refused(command: string, args: unknown, want: RegExp): Promise<void> {
    const r = await c.request(command, args);
    assert.strictEqual(r.success, false, `${command} ${JSON.stringify(args)} succeeded`);
    assert.match(r.message ?? '', want);
    assert.doesNotMatch(r.message ?? '', JS_TEXT);
    const err = (r.body as { error?: { format?: unknown } } | undefined)?.error;
    assert.strictEqual(typeof err?.format, 'string', 'body.error.format');
  }

  it('unknown thread, frame and variables ids', async () => {
    await refused('next', { threadId: 99 }, /^mmstep: no thread 99 \(the threads are 1\)/);
    await refused('stepIn', {}, /'threadId' is missing/);
    await refused('stackTrace', { threadId: 'one' }, /'threadId' must be an integer, not "one"/);
    await refused('scopes', { frameId: 123456 }, /no stack frame 123456/);
    await refused('variables', { variablesReference: 4242 }, /no variables with reference 4242/);
    await refused('variables', { variablesReference: -1 }, /'variablesReference' must be at least 1/);
    await refused('evaluate', { expression: 'migrate', frameId: 77 }, /no stack frame 77/);
    await refused('exceptionInfo', { threadId: 5 }, /no thread 5/);
    // and the session still works
    const st = await c.request('stackTrace', { threadId: 1 });
    assert.strictEqual(st.success, true);
  });

  it('setBreakpoints without a source, with a NUL in the path, with bad lines', async () => {
    await refused('setBreakpoints', {}, /'source' is missing/);
    await refused('setBreakpoints', { source: { path: '/tmp/a\u0000b.c' }, breakpoints: [{ line: 3 }] }, /'source.path' contains a control character/);
    await refused('setBreakpoints', { source: { path: '/tmp/a.c' }, breakpoints: [{ line: 'x' }] }, /breakpoints\[0\]: 'line' must be an integer/);
    await refused('setBreakpoints', { source: { path: '/tmp/a.c' }, breakpoints: {} }, /'breakpoints' must be a list/);
    await refused('setFunctionBreakpoints', { breakpoints: [{}] }, /breakpoints\[0\]: 'name' is missing/);
    await refused('setExceptionBreakpoints', { filters: ['everything'] }, /unknown exception filter "everything"/);
  });

  it('a NUL in the scenario path, and arguments that are not objects', async () => {
    const s = new InlineClient(new MmstepDebugSession(new NodeFileAccess()));
    try {
      await s.request('initialize', { adapterID: 'mmstep' });
      const r = await s.request('launch', { scenario: '/tmp/x\u0000.mmstep.yaml' });
      assert.strictEqual(r.success, false);
      assert.match(r.message!, /"scenario" contains a control character/);
      assert.doesNotMatch(r.message!, JS_TEXT);
    } finally {
      s.dispose();
    }
    await refused('threads', 'everything', /the arguments of 'threads' must be an object/);
    await refused('stackTrace', [1], /must be an object/);
  });

  it('a bug while loading is reported as an internal error, its JavaScript text only in the console', async () => {
    const s = new InlineClient(
      new MmstepDebugSession(new NodeFileAccess(), async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'fn')");
      }),
    );
    try {
      await s.request('initialize', { adapterID: 'mmstep' });
      const r = await s.request('launch', { scenario: PRIVATE });
      assert.strictEqual(r.success, false);
      assert.strictEqual(r.message, `mmstep: cannot load ${PRIVATE}: internal error in mmstep (details in the debug console)`);
      assert.ok(s.events.some((e) => e.event === 'output' && /internal error while loading .*TypeError: Cannot read properties/s.test((e as DebugProtocol.OutputEvent).body.output)));
    } finally {
      s.dispose();
    }
  });

  it('a bug inside a step is an exception stop saying "internal error", its JavaScript text only in the console', async () => {
    const s = new InlineClient(
      new MmstepDebugSession(new NodeFileAccess(), async (scenario, files, events) => {
        const sim = await Simulation.load(scenario, files, events);
        sim.stepOver = () => {
          throw new TypeError("Cannot read properties of undefined (reading 'frames')");
        };
        return sim;
      }),
    );
    try {
      await s.launchToEntry(PRIVATE);
      const stopped = s.nextEvent('stopped');
      await s.request('next', { threadId: 1 });
      const stop = (await stopped) as DebugProtocol.StoppedEvent;
      assert.strictEqual(stop.body.reason, 'exception');
      assert.doesNotMatch(JSON.stringify(stop.body), JS_TEXT);
      const info = await s.request('exceptionInfo', { threadId: 1 });
      assert.strictEqual((info.body as { description: string }).description, 'internal error in mmstep (details in the debug console)');
      assert.ok(s.events.some((e) => e.event === 'output' && /internal error in the simulation: TypeError: Cannot read properties/.test((e as DebugProtocol.OutputEvent).body.output)));
    } finally {
      s.dispose();
    }
  });

  it('unknown and unsupported commands, malformed messages, a source reference', async () => {
    await refused('frobnicate', {}, /^mmstep: unknown request "frobnicate"/);
    await refused('stepInTargets', { frameId: 1 }, /does not support the 'stepInTargets' request/);
    // setVariable is supported; a reference that is no variable of the stop is refused clearly.
    await refused('setVariable', { variablesReference: 1, name: 'x', value: '1' }, /this value cannot be set/);
    await refused('attach', {}, /does not support the 'attach' request/);
    await refused('source', { sourceReference: 3 }, /no source with reference 3/);
    const before = c.responses.length;
    c.raw({ seq: 500, type: 'request' });
    c.raw({ type: 'request', command: 'threads' });
    c.raw(null);
    c.raw([1, 2]);
    c.raw({ seq: 501, type: 'bogus' });
    const answered = c.responses.slice(before);
    assert.deepStrictEqual(answered.map((r) => [r.request_seq, r.success]), [[500, false]]);
    assert.match(answered[0].message!, /needs a 'command'/);
    assert.ok(c.events.filter((e) => e.event === 'output' && /malformed DAP input/.test((e as DebugProtocol.OutputEvent).body.output)).length >= 4);
  });

  it('run requests while running are refused; evaluate while running too', async () => {
    const go = await c.request('continue', { threadId: 1 });
    assert.strictEqual(go.success, true);
    // the demo may finish at once; only check the answer is well-formed either way
    const r = await c.request('next', { threadId: 1 });
    if (!r.success) assert.match(r.message!, /^mmstep: (the program is running; pause it first|the run has ended)/);
  });
});
