// Fuzzing the debug adapter (issue 7): random DAP request sequences over an example scenario —
// valid and invalid commands, shaped arguments with known and unknown ids, wrong types, arbitrary
// JSON, malformed messages — inline; and over stdio with byte-level corruption of the frames.
// Every request must be answered within a bound (no hang), an error response must carry a
// message in DAP form without JavaScript error text, no internal error may be logged (no crash),
// and the stdio adapter must stay alive. The unit suite runs a bounded count; a bigger run:
//   MMSTEP_FUZZ_RUNS=300 npx mocha --no-config --timeout 0 out/test/unit/debug/fuzz.test.js

import * as assert from 'assert';
import * as cp from 'child_process';
import * as path from 'path';
import fc from 'fast-check';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { FrameReader } from '../../../src/debug/framing';
import { MmstepDebugSession } from '../../../src/debug/session';
import { corrupt, corruption, FUZZ_SCENARIO, FUZZ_SCENARIOS, malformedMessage, request } from './dap-arbitraries';
import { InlineClient } from './inline-client';

const RUNS = Number(process.env.MMSTEP_FUZZ_RUNS) || 0;
const INLINE_SESSIONS = RUNS || 20;
const STDIO_FRAMES = RUNS ? RUNS * 4 : 60;
const READER_RUNS = RUNS ? RUNS * 100 : 2000;
const ANSWER_BOUND_MS = 15000;
const JS_TEXT = /Cannot read propert|is not a function|is not defined|TypeError|RangeError|ReferenceError|Maximum call stack|ERR_[A-Z_]+|null bytes|\bat .*\.js:\d+/;

const counts = { sessions: 0, requests: 0, errors: 0, malformed: 0, crashes: 0, hangs: 0, frames: 0, readerSequences: 0 };

function checkResponse(r: DebugProtocol.Response, what: string): void {
  if (r.success) return;
  counts.errors++;
  assert.strictEqual(typeof r.message, 'string', `${what}: error without a message`);
  assert.ok(r.message!.length > 0, `${what}: empty message`);
  assert.doesNotMatch(r.message!, JS_TEXT, `${what}: JavaScript error text`);
  const err = (r.body as { error?: { format?: unknown } } | undefined)?.error;
  assert.strictEqual(typeof err?.format, 'string', `${what}: body.error.format`);
}

function internalErrors(events: DebugProtocol.Event[]): string[] {
  return events
    .filter((e) => e.event === 'output' && /internal error/.test((e as DebugProtocol.OutputEvent).body.output))
    .map((e) => (e as DebugProtocol.OutputEvent).body.output);
}

describe('debug adapter fuzzing', function () {
  this.timeout(RUNS ? 0 : 60000);
  after(() => console.log(`      fuzz: ${JSON.stringify(counts)}`));

  it(`${INLINE_SESSIONS} inline sessions of random requests: every one answered, no crash`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FUZZ_SCENARIOS), fc.array(fc.oneof({ weight: 9, arbitrary: request.map((r) => ({ r })) }, { weight: 1, arbitrary: malformedMessage.map((m) => ({ m })) }), { minLength: 3, maxLength: 25 }), async (scenario, steps) => {
        counts.sessions++;
        const c = new InlineClient(new MmstepDebugSession(new NodeFileAccess()));
        try {
          await c.launchToEntry(scenario);
          for (const s of steps) {
            if ('m' in s) {
              counts.malformed++;
              c.raw(s.m);
              continue;
            }
            counts.requests++;
            const what = `${s.r.command} ${JSON.stringify(s.r.args)}`;
            let r: DebugProtocol.Response;
            try {
              r = await c.request(s.r.command, s.r.args, ANSWER_BOUND_MS);
            } catch (e) {
              counts.hangs++;
              throw e;
            }
            checkResponse(r, what);
          }
          const internal = internalErrors(c.events);
          counts.crashes += internal.length;
          assert.deepStrictEqual(internal, [], 'internal errors were logged');
          // still answering at the end
          const last = await c.request('threads', undefined, ANSWER_BOUND_MS);
          assert.ok(last.success);
        } finally {
          await c.request('disconnect', {}, ANSWER_BOUND_MS).catch(() => undefined);
          c.dispose();
        }
      }),
      { numRuns: INLINE_SESSIONS, endOnFailure: true },
    );
  });

  it(`${READER_RUNS} corrupted frame sequences: the frame reader always recovers the next frame`, () => {
    const sentinel = (n: number): string => {
      const j = JSON.stringify({ seq: n, type: 'request', command: 'threads' });
      return `Content-Length: ${j.length}\r\n\r\n${j}`;
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(request, corruption), { minLength: 1, maxLength: 4 }), (frames) => {
        counts.readerSequences++;
        const got: unknown[] = [];
        const reader = new FrameReader({ message: (m) => got.push(m), problem: () => undefined });
        try {
          for (const [r, c] of frames) {
            for (const chunk of corrupt(JSON.stringify({ seq: 7, type: 'request', command: r.command, arguments: r.args }), c)) reader.push(chunk);
          }
          reader.push(sentinel(5000));
        } finally {
          reader.dispose();
        }
        assert.ok(got.some((m) => (m as { seq?: number } | null)?.seq === 5000), 'the frame after the corrupted ones was lost');
      }),
      { numRuns: READER_RUNS },
    );
  });

  it(`${STDIO_FRAMES} corrupted frames over stdio: the adapter stays alive and answers`, async () => {
    const root = path.resolve(__dirname, '../../../..');
    const proc = cp.spawn(process.execPath, [path.join(root, 'out/src/debug/main.js')], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let exited: string | undefined;
    proc.on('exit', (code, signal) => (exited = `exit ${code} ${signal}`));
    const responses = new Map<number, DebugProtocol.Response>();
    const events: DebugProtocol.Event[] = [];
    const waiters = new Map<number, (r: DebugProtocol.Response) => void>();
    const reader = new FrameReader({
      message: (m) => {
        const msg = m as DebugProtocol.ProtocolMessage;
        if (msg.type === 'event') events.push(msg as DebugProtocol.Event);
        if (msg.type !== 'response') return;
        const r = msg as DebugProtocol.Response;
        responses.set(r.request_seq, r);
        waiters.get(r.request_seq)?.(r);
      },
      problem: (p) => assert.fail(`the adapter wrote a malformed frame: ${p.message}`),
    });
    proc.stdout.on('data', (d: Buffer) => reader.push(d));
    let seq = 1;
    // Well-formed requests use seqs a corrupted frame cannot reach (a flipped digit of a small
    // seq must not answer for them).
    let sentinelSeq = 1_000_000_000;
    const send = (command: string, args?: unknown): number => {
      const s = sentinelSeq++;
      const json = JSON.stringify({ seq: s, type: 'request', command, ...(args === undefined ? {} : { arguments: args }) });
      proc.stdin.write(`Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`);
      return s;
    };
    const answer = (s: number): Promise<DebugProtocol.Response> =>
      responses.has(s)
        ? Promise.resolve(responses.get(s)!)
        : new Promise((resolve, reject) => {
            const t = setTimeout(() => {
              counts.hangs++;
              reject(new Error(`no answer to seq ${s} within ${ANSWER_BOUND_MS} ms (${exited ?? 'alive'})`));
            }, ANSWER_BOUND_MS);
            waiters.set(s, (r) => (clearTimeout(t), resolve(r)));
          });
    try {
      await answer(send('initialize', { adapterID: 'mmstep', pathFormat: 'path' }));
      await answer(send('launch', { scenario: FUZZ_SCENARIO }));
      await answer(send('configurationDone'));
      const noDisconnect = request.filter((r) => r.command !== 'disconnect' && r.command !== 'terminate');
      await fc.assert(
        fc.asyncProperty(noDisconnect, corruption, async (r, c) => {
          counts.frames++;
          const s = seq++;
          const json = JSON.stringify({ seq: s, type: 'request', command: r.command, ...(r.args === undefined ? {} : { arguments: r.args }) });
          for (const chunk of corrupt(json, c)) {
            proc.stdin.write(chunk);
            if (c.kind === 'split') await new Promise((resolve) => setTimeout(resolve, 5));
          }
          // whatever became of that frame, the next well-formed request is answered
          const sentinel = await answer(send('threads'));
          assert.strictEqual(exited, undefined, 'the adapter exited');
          assert.ok(sentinel.success, sentinel.message);
          const own = responses.get(s);
          if (own) checkResponse(own, `${r.command} (${c.kind})`);
        }),
        { numRuns: STDIO_FRAMES, endOnFailure: true },
      );
      for (const [s, r] of responses) checkResponse(r, `seq ${s}`);
      const internal = internalErrors(events);
      counts.crashes += internal.length;
      assert.deepStrictEqual(internal, []);
    } finally {
      reader.dispose();
      proc.kill();
    }
  });
});
