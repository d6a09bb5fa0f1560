// Migration benchmark: wall time, statements and peak memory for migrating 2 MiB, 64 MiB and
// 1 GiB of private anonymous memory to device-private memory with today's flow
// (kernel/mm/migrate_device.c + the dmirror driver), every invariant checked after every
// statement as in a normal run. Prints numbers only; it never fails on timing.
//
//   npm run build:tsc (or npx tsc -p .) && node out/bench/migrate/bench.js [2M 64M 1G]
//
// Each size runs in a child process so that its peak RSS is its own; sizes up to 64 MiB run a
// second time in that process (warm: the JIT and the compiled-C cache as a second session has them). The scenario is generated
// here: a one-VMA process whose range is populated in code (populateAnonRange) after loading.

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NodeFileAccess } from '../../src/cli/file-access';
import { populateAnonRange } from '../../src/mm/index';
import { Simulation } from '../../src/sim/simulation';
import { MIGRATE_ADDR, scenario } from './scenario';

const ADDR = MIGRATE_ADDR;
const SIZES: Record<string, number> = { '2M': 2 << 20, '64M': 64 << 20, '1G': 1 << 30 };

async function runOne(label: string): Promise<void> {
  const bytes = SIZES[label];
  const npages = bytes / 4096;
  const file = path.join(os.tmpdir(), `mmstep-bench-${process.pid}-${label}.mmstep.yaml`);
  fs.writeFileSync(file, scenario(npages));
  const t0 = process.hrtime.bigint();
  const sim = await Simulation.load(file, new NodeFileAccess(), {}, { stepBudget: 1e12 });
  populateAnonRange(sim.model, 1, ADDR, npages);
  const t1 = process.hrtime.bigint();
  const r = sim.runToEnd();
  const t2 = process.hrtime.bigint();
  const ms = (a: bigint, b: bigint) => Number(b - a) / 1e6;
  // Again in the same process, as a second debug session in the extension host runs it (the
  // JIT warm, the compiled C cached): what a reviewer waits for after the first run.
  let warmLoadMs: number | undefined;
  let warmRunMs: number | undefined;
  if (npages <= 16384) {
    const w0 = process.hrtime.bigint();
    const again = await Simulation.load(file, new NodeFileAccess(), {}, { stepBudget: 1e12 });
    populateAnonRange(again.model, 1, ADDR, npages);
    const w1 = process.hrtime.bigint();
    again.runToEnd();
    const w2 = process.hrtime.bigint();
    warmLoadMs = Math.round(ms(w0, w1));
    warmRunMs = Math.round(ms(w1, w2));
  }
  fs.unlinkSync(file);
  const out = {
    size: label,
    pages: npages,
    outcome: r.outcome,
    migrated: r.returned,
    passed: r.passed,
    statements: r.steps,
    loadMs: Math.round(ms(t0, t1)),
    runMs: Math.round(ms(t1, t2)),
    warmLoadMs,
    warmRunMs,
    totalMs: Math.round(ms(t0, t2)),
    statementsPerSec: Math.round(r.steps / (ms(t1, t2) / 1000)),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(JSON.stringify(out) + '\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--one') return runOne(args[1]);
  const labels = args.length ? args : Object.keys(SIZES);
  for (const l of labels) {
    if (!SIZES[l]) throw new Error(`unknown size ${l} (use ${Object.keys(SIZES).join(', ')})`);
  }
  console.log('migrate_vma to device-private memory, today\'s flow, invariants on');
  console.log('size   pages     statements   load ms   run ms   total ms   stmts/s    peak RSS MiB   warm: load ms  run ms   goal (2M: run ≤ 50 ms, load ≤ 100 ms warm; 1G: ≤ 30 s, ≤ 1 GiB)');
  for (const l of labels) {
    const line = execFileSync(process.execPath, ['--max-old-space-size=8192', __filename, '--one', l], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const o = JSON.parse(line.trim().split('\n').pop()!);
    console.log(
      `${o.size.padEnd(6)} ${String(o.pages).padEnd(9)} ${String(o.statements).padEnd(12)} ${String(o.loadMs).padEnd(9)} ${String(o.runMs).padEnd(8)} ${String(o.totalMs).padEnd(10)} ${String(o.statementsPerSec).padEnd(10)} ${String(o.peakRssMiB).padEnd(14)} ${String(o.warmLoadMs ?? '—').padStart(13)}  ${String(o.warmRunMs ?? '—').padStart(6)}` +
        (o.passed ? '' : `   (outcome ${o.outcome}, migrated ${o.migrated})`),
    );
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
