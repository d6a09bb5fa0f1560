// Interpreter throughput benchmark: runs the loop-heavy and call-heavy kernel-style programs in
// bench/interpreter/*.c through the interpreter (execProgram, the `mmstep exec` path) and as
// native binaries built with `gcc -O0` in the same run, and prints one line per program:
// statements executed, interpreter wall time, statements per second, native wall time, ratio.
// The outputs of both runs are compared so a fast but wrong interpreter does not look good.
//
// Usage (after `npx tsc -p .`):  node out/bench/interpreter/run.js [name-filter ...]
// A Node entry point: it uses child_process/fs, so it lives in bench/, not in src/.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execProgram } from '../../src/sim/exec';
import { defaultEngine } from '../../src/c/machine';

/** The statements-per-second floor issue 3 asks the interpreter to reach. */
const TARGET_STMTS_PER_SEC = 2_000_000;
/** Issue 11's goal: at most this many times the wall time of the same C built with gcc -O0. */
const GOAL_RATIO = 20;

interface Row {
  name: string;
  steps: number;
  /** The run alone (ExecResult.runMs). */
  interpMs: number;
  /** Parse, compile and set-up before the first statement. */
  loadMs: number;
  nativeMs?: number;
  note: string;
}

/** bench/interpreter in the source tree, found from either the .ts or the compiled .js. */
function benchDir(): string {
  let dir = __dirname;
  for (;;) {
    const cand = path.join(dir, 'bench', 'interpreter');
    if (fs.existsSync(cand) && fs.readdirSync(cand).some((f) => f.endsWith('.c'))) return cand;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`bench/interpreter/*.c not found above ${__dirname}`);
    dir = up;
  }
}

function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Build with gcc -O0 and time one native run; undefined (with a reason) when gcc is missing or fails. */
function runNative(file: string, tmp: string): { ms?: number; stdout?: string; why?: string } {
  const exe = path.join(tmp, path.basename(file, '.c'));
  const cc = spawnSync('gcc', ['-std=gnu11', '-O0', '-Wall', '-Wno-unused', '-o', exe, file], { encoding: 'utf8' });
  if (cc.error) return { why: 'gcc not found' };
  if (cc.status !== 0) return { why: `gcc failed: ${cc.stderr.trim().split('\n')[0]}` };
  const t0 = nowMs();
  const r = spawnSync(exe, [], { encoding: 'utf8' });
  const ms = nowMs() - t0;
  if (r.error || r.status === null) return { why: `native run failed: ${r.error?.message ?? r.signal}` };
  return { ms, stdout: r.stdout };
}

function fmtRate(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : `${(n / 1e3).toFixed(1)}k`;
}

async function main(): Promise<number> {
  const dir = benchDir();
  const filters = process.argv.slice(2);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.c') && (filters.length === 0 || filters.some((x) => f.includes(x))))
    .sort();
  if (files.length === 0) {
    console.error(`no benchmark program matches ${filters.join(' ')} in ${dir}`);
    return 2;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-bench-'));
  const rows: Row[] = [];
  let failures = 0;
  try {
    console.log(`engine: ${defaultEngine()} (MMSTEP_INTERP=switch runs the switch interpreter); goal: ratio <= ${GOAL_RATIO}x gcc -O0`);
    console.log(`${'program'.padEnd(24)} ${'statements'.padStart(11)} ${'load ms'.padStart(8)} ${'run ms'.padStart(7)} ${'stmts/s'.padStart(9)} ${'gcc -O0 ms'.padStart(11)} ${'ratio'.padStart(8)}  note`);
    for (const f of files) {
      const full = path.join(dir, f);
      const nat = runNative(full, tmp);
      const t0 = nowMs();
      const res = await execProgram([full], { read: (p) => fs.promises.readFile(p, 'utf8'), stepBudget: 1_000_000_000 });
      const totalMs = nowMs() - t0;
      // The ratio compares runs: gcc's compile time is not in its column, so our load is not either.
      const interpMs = res.runMs ?? totalMs;
      let note = '';
      const errs = res.diagnostics.filter((d) => d.severity === 'error');
      if (errs.length) note = `load error ${errs[0].line}:${errs[0].column} ${errs[0].message}`;
      else if (res.fault) note = `fault ${res.fault.kind} at ${res.fault.line}:${res.fault.column}: ${res.fault.message}`;
      else if (nat.stdout !== undefined && nat.stdout !== res.stdout) note = 'OUTPUT DIFFERS from gcc';
      else if (nat.why) note = nat.why;
      if (note && !nat.why) failures++;
      const row: Row = { name: f.replace(/\.c$/, ''), steps: res.steps, interpMs, loadMs: totalMs - interpMs, nativeMs: nat.ms, note };
      rows.push(row);
      const rate = row.steps / (row.interpMs / 1000);
      const ratio = row.nativeMs ? `${(row.interpMs / row.nativeMs).toFixed(0)}x` : '-';
      console.log(
        `${row.name.padEnd(24)} ${String(row.steps).padStart(11)} ${row.loadMs.toFixed(0).padStart(8)} ${row.interpMs.toFixed(0).padStart(7)} ${fmtRate(rate).padStart(9)} ${(row.nativeMs?.toFixed(1) ?? '-').padStart(11)} ${ratio.padStart(8)}  ${note}`,
      );
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const steps = rows.reduce((a, r) => a + r.steps, 0);
  const ms = rows.reduce((a, r) => a + r.interpMs, 0);
  const overall = steps / (ms / 1000);
  const slowest = rows.reduce((a, r) => Math.min(a, r.steps / (r.interpMs / 1000)), Infinity);
  console.log(`overall ${fmtRate(overall)} statements/s; slowest program ${fmtRate(slowest)}/s; target ${fmtRate(TARGET_STMTS_PER_SEC)}/s (${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version})`);
  return failures ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exit(2);
  },
);
