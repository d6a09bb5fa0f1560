// A long fuzz run of the C front end and interpreter, by hand (not part of mocha):
//
//   npx tsc -p . && node out/test/unit/c/fuzz-c-run.js [COUNT] [SEED]
//
// Generates COUNT inputs (default 5000; 3 in 4 mutated corpus/kernel programs, 1 in 4 extreme
// ones, see fuzz-c-inputs.ts) and runs each in a worker thread with a watchdog, so that a hang
// or a heap exhaustion is counted instead of stopping the run. Prints the counts of inputs,
// crashes (an exception or a dead worker), hangs (no answer within the watchdog) and bad
// outcomes (a diagnostic or fault without a position, an internal error), with the first few
// inputs of each kind written to a temporary folder.

import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isMainThread, parentPort, Worker } from 'worker_threads';
import { checkOutcome, extreme, mutated, runInput, seeds } from './fuzz-c-inputs';

const WATCHDOG_MS = 60_000;

interface Answer {
  kind: 'ok' | 'crash' | 'bad';
  detail?: string;
  outcome?: string;
}

async function serve(): Promise<void> {
  parentPort!.on('message', async (msg: { text: string; origin: string }) => {
    let answer: Answer;
    try {
      const r = await runInput(msg.text);
      try {
        checkOutcome(r, msg.origin);
        answer = { kind: 'ok', outcome: r.diagnostics.some((d) => d.severity === 'error') ? 'diagnostic' : r.fault ? `fault:${r.fault.kind}` : 'exit' };
      } catch (err) {
        answer = { kind: 'bad', detail: (err as Error).message };
      }
    } catch (err) {
      answer = { kind: 'crash', detail: (err as Error).stack ?? String(err) };
    }
    parentPort!.postMessage(answer);
  });
}

async function main(): Promise<void> {
  const count = Number(process.argv[2]) || 5000;
  const seed = Number(process.argv[3]) || Date.now() % 1_000_000;
  const all = seeds();
  const inputs = fc.sample(fc.oneof({ arbitrary: mutated(all), weight: 3 }, { arbitrary: extreme, weight: 1 }), { numRuns: count, seed });
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-fuzz-c-'));
  const counts = { inputs: 0, crashes: 0, hangs: 0, bad: 0 };
  const outcomes: Record<string, number> = {};
  const keep = (kind: string, i: number, text: string, detail: string): void => {
    if (fs.readdirSync(outDir).filter((f) => f.startsWith(kind)).length >= 10) return;
    fs.writeFileSync(path.join(outDir, `${kind}-${i}.c`), text);
    fs.writeFileSync(path.join(outDir, `${kind}-${i}.txt`), detail);
  };
  const spawn = (): Worker => new Worker(__filename, { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
  let worker = spawn();
  const started = Date.now();
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    counts.inputs++;
    const w = worker;
    const answer = await new Promise<Answer | 'hang'>((resolve) => {
      const onMessage = (a: Answer): void => done(a);
      const onError = (err: Error): void => done({ kind: 'crash', detail: `worker died: ${err.message}` });
      const onExit = (code: number): void => done({ kind: 'crash', detail: `worker exited with ${code}` });
      const timer = setTimeout(() => done('hang'), WATCHDOG_MS);
      // Only our own listeners come off: the Worker keeps its port referenced through its own.
      const done = (a: Answer | 'hang'): void => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        resolve(a);
      };
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.postMessage(input);
    });
    if (answer === 'hang' || answer.kind === 'crash') {
      await worker.terminate();
      worker = spawn();
    }
    if (answer === 'hang') {
      counts.hangs++;
      keep('hang', i, input.text, input.origin);
    } else if (answer.kind === 'crash') {
      counts.crashes++;
      keep('crash', i, input.text, `${input.origin}\n${answer.detail}`);
    } else if (answer.kind === 'bad') {
      counts.bad++;
      keep('bad', i, input.text, `${input.origin}\n${answer.detail}`);
    } else outcomes[answer.outcome!] = (outcomes[answer.outcome!] ?? 0) + 1;
    if ((i + 1) % 500 === 0) process.stderr.write(`${i + 1}/${inputs.length} ${JSON.stringify(counts)}\n`);
  }
  await worker.terminate();
  const seconds = Math.round((Date.now() - started) / 1000);
  process.stdout.write(`${JSON.stringify({ seed, ...counts, outcomes, seconds, kept: outDir })}\n`);
  process.exitCode = counts.crashes || counts.hangs || counts.bad ? 1 : 0;
}

if (isMainThread) void main();
else void serve();
