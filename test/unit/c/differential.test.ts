// Differential test of the interpreter against gcc: every program in test/c-corpus/ is built
// with `gcc -std=gnu11 -O0` and run natively, then run through execProgram (the same path as
// `mmstep exec`), and the two must print the same bytes and exit with the same status.
// The corpus is what keeps the interpreter's C semantics honest; see test/c-corpus/README.md.

import * as assert from 'assert';
import { execFile, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execProgram, type ExecResult } from '../../../src/sim/exec';

/** gcc flags the corpus promises to be warning-free under (see the README). */
const GCC_FLAGS = ['-std=gnu11', '-O0', '-Wall', '-Wno-unused'];

interface NativeRun {
  /** gcc's diagnostics; a corpus program must compile without any. */
  compileError?: string;
  stdout: string;
  exitCode: number | null;
  runError?: string;
}

/** The repository root: the nearest ancestor holding test/c-corpus (works from src or out). */
function findRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'test', 'c-corpus'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`test/c-corpus not found above ${from}`);
    dir = up;
  }
}

const corpusDir = path.join(findRoot(__dirname), 'test', 'c-corpus');
const programs = fs
  .readdirSync(corpusDir)
  .filter((f) => f.endsWith('.c'))
  .sort();

function haveGcc(): boolean {
  const r = spawnSync('gcc', ['--version'], { encoding: 'utf8' });
  return r.status === 0;
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string; error?: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      if (!err) return resolve({ code: 0, stdout, stderr });
      const e = err as NodeJS.ErrnoException & { code?: number | string; killed?: boolean; signal?: string };
      if (typeof e.code === 'number') return resolve({ code: e.code, stdout, stderr });
      resolve({ code: null, stdout, stderr, error: e.killed ? `killed after ${timeoutMs} ms (${e.signal})` : String(e.message) });
    });
  });
}

/** Compile and run one program natively. */
async function native(file: string, outDir: string): Promise<NativeRun> {
  const exe = path.join(outDir, path.basename(file, '.c'));
  const cc = await run('gcc', [...GCC_FLAGS, '-o', exe, path.join(corpusDir, file)], 60_000);
  if (cc.code !== 0 || cc.stderr.trim() !== '') {
    return { compileError: (cc.stderr || cc.error || `gcc exited ${cc.code}`).trim(), stdout: '', exitCode: null };
  }
  const r = await run(exe, [], 10_000);
  return { stdout: r.stdout, exitCode: r.code, runError: r.error };
}

/** Run `work` over `items` with at most `limit` in flight. */
async function pool<T>(items: string[], limit: number, work: (item: string) => Promise<T>): Promise<Map<string, T>> {
  const results = new Map<string, T>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++];
      results.set(item, await work(item));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function describeFault(r: ExecResult): string {
  const parts: string[] = [];
  for (const d of r.diagnostics) parts.push(`${d.severity} ${path.basename(d.file)}:${d.line}:${d.column}: ${d.message}`);
  if (r.fault) parts.push(`fault ${r.fault.kind} ${path.basename(r.fault.file)}:${r.fault.line}:${r.fault.column}: ${r.fault.message}`);
  return parts.join('\n');
}

describe('c-corpus: contents', () => {
  it('has at least 150 programs, in every group', () => {
    assert.ok(programs.length >= 150, `only ${programs.length} programs in ${corpusDir}`);
    for (const group of ['int', 'ptr', 'ctl', 'agg', 'mac', 'glob', 'kstyle']) {
      assert.ok(programs.some((p) => p.startsWith(`${group}-`)), `no ${group}-*.c program`);
    }
  });
});

describe('c-corpus: the interpreter agrees with gcc', function () {
  let tmp = '';
  let natives = new Map<string, NativeRun>();

  before(async function () {
    if (!haveGcc()) {
      // CI installs gcc (.ci/run); a developer machine without it skips the whole suite.
      console.warn('    [c-corpus] gcc is not installed: skipping the differential tests against gcc');
      this.skip();
    }
    this.timeout(600_000);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-corpus-'));
    natives = await pool(programs, Math.max(2, os.cpus().length), (f) => native(f, tmp));
  });

  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  for (const file of programs) {
    it(file, async function () {
      this.timeout(60_000);
      const want = natives.get(file);
      assert.ok(want, `${file} was not built`);
      assert.strictEqual(want.compileError, undefined, `gcc ${GCC_FLAGS.join(' ')} must accept ${file} without warnings:\n${want.compileError}`);
      assert.strictEqual(want.runError, undefined, `native ${file} did not run: ${want.runError}`);
      const full = path.join(corpusDir, file);
      const got = await execProgram([full], { read: (p) => fs.promises.readFile(p, 'utf8'), stepBudget: 20_000_000 });
      if (got.fault || got.diagnostics.some((d) => d.severity === 'error')) {
        assert.fail(`interpreter did not run ${file} to the end:\n${describeFault(got)}`);
      }
      assert.strictEqual(got.stdout, want.stdout, `stdout of ${file} differs from gcc's`);
      assert.strictEqual(got.exitCode, want.exitCode, `exit status of ${file} differs from gcc's`);
    });
  }
});
