// The native anchor of bench/debugger (issue 11): what one step costs in gdb, driven over its
// machine interface as an IDE drives it — `-exec-next`, then `-stack-list-frames` and
// `-stack-list-locals` — on a kernel-style loop (the collect walk over a PMD's 512 PTEs, a call
// per entry, a page struct touched per present PTE) built with `gcc -O0 -g`. Its median is printed
// as a reference row under mmstep's own step row, with the ratio. Skipped, saying why, where gdb
// or gcc is missing. Prints numbers only; never fails.

import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const LOOP_C = `/* bench/debugger's loop for gdb: a collect-style walk over one PMD's PTEs. */
#define NPTES 512
#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)
#define PTE_PRESENT 0x1UL
#define MIGRATE_PFN_VALID 0x1UL
#define MIGRATE_PFN_MIGRATE 0x2UL
#define MIGRATE_PFN_SHIFT 6

struct page { unsigned long flags; int refcount; int mapcount; };

static struct page pages[NPTES];
static unsigned long ptes[NPTES];
static unsigned long src[NPTES];

static unsigned long pte_pfn(unsigned long pte)
{
	return pte >> PAGE_SHIFT;
}

static int collect_pmd(unsigned long start, unsigned long end, unsigned long *srcv)
{
	unsigned long *ptep = &ptes[0];
	unsigned long addr;
	int npages = 0;

	for (addr = start; addr < end; addr += PAGE_SIZE, ptep++) {
		unsigned long pte = *ptep;
		unsigned long pfn;
		struct page *page;

		if (!(pte & PTE_PRESENT)) {
			srcv[npages++] = 0;
			continue;
		}
		pfn = pte_pfn(pte);
		page = &pages[pfn % NPTES];
		page->refcount++;
		page->mapcount--;
		srcv[npages++] = (pfn << MIGRATE_PFN_SHIFT) | MIGRATE_PFN_VALID | MIGRATE_PFN_MIGRATE;
	}
	return npages;
}

int main(void)
{
	unsigned long start = 0x7f0000000000UL, total = 0;
	int round, i;

	for (i = 0; i < NPTES; i++)
		ptes[i] = ((unsigned long)(0x100 + i) << PAGE_SHIFT) | ((i % 4) ? PTE_PRESENT : 0);
	for (round = 0; round < 1000000; round++)
		total += collect_pmd(start, start + NPTES * PAGE_SIZE, src);
	return (int)(total & 1);
}
`;

export type GdbReference = { median: number; p95: number; max: number; samples: number } | { skipped: string };

/** A gdb child spoken to in MI: send a command, wait for its result record (and *stopped). */
class Mi {
  private buf = '';
  private waiters: { match: (line: string) => boolean; resolve: () => void }[] = [];
  private token = 0;
  readonly exited: Promise<void>;

  constructor(private readonly child: ReturnType<typeof spawn>) {
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (d: string) => {
      this.buf += d;
      let nl: number;
      while ((nl = this.buf.indexOf('\n')) >= 0) {
        const line = this.buf.slice(0, nl).replace(/\r$/, '');
        this.buf = this.buf.slice(nl + 1);
        const i = this.waiters.findIndex((w) => w.match(line));
        if (i >= 0) this.waiters.splice(i, 1)[0].resolve();
      }
    });
    this.exited = new Promise((resolve) => child.on('exit', () => resolve()));
  }

  private wait(match: (line: string) => boolean): Promise<void> {
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  /** Sends `cmd`; resolves on its ^done/^running (and, with `stop`, the next *stopped). */
  async send(cmd: string, stop = false): Promise<void> {
    const t = ++this.token;
    const result = this.wait((l) => l.startsWith(`${t}^`));
    const stopped = stop ? this.wait((l) => l.startsWith('*stopped')) : undefined;
    this.child.stdin!.write(`${t}${cmd}\n`);
    await result;
    if (stopped) await stopped;
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms)))]).finally(() => clearTimeout(timer));
}

/** Median (and p95, max) ms of next + frames + locals in gdb, over `samples` steps. */
export async function measureGdbMi(samples = 2000): Promise<GdbReference> {
  for (const tool of ['gdb', 'gcc']) {
    const r = spawnSync(tool, ['--version'], { encoding: 'utf8' });
    if (r.error || r.status !== 0) return { skipped: `${tool} not found` };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-gdb-mi-'));
  try {
    const src = path.join(dir, 'loop.c');
    const exe = path.join(dir, 'loop');
    fs.writeFileSync(src, LOOP_C);
    const cc = spawnSync('gcc', ['-O0', '-g', '-o', exe, src], { encoding: 'utf8' });
    if (cc.status !== 0) return { skipped: `gcc failed: ${(cc.stderr || '').trim().split('\n')[0]}` };
    const child = spawn('gdb', ['--interpreter=mi3', '-q', '-nx', exe], { stdio: ['pipe', 'pipe', 'ignore'] });
    const mi = new Mi(child);
    try {
      await withTimeout(
        (async () => {
          await mi.send('-gdb-set confirm off');
          await mi.send('-break-insert collect_pmd');
          await mi.send('-exec-run', true);
        })(),
        30_000,
        'gdb start',
      );
      const times: number[] = [];
      for (let i = 0; i < samples; i++) {
        const t0 = process.hrtime.bigint();
        await withTimeout(
          (async () => {
            await mi.send('-exec-next', true);
            await mi.send('-stack-list-frames');
            await mi.send('-stack-list-locals --all-values');
          })(),
          10_000,
          'gdb step',
        );
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      const s = [...times].sort((a, b) => a - b);
      return { median: s[Math.floor(s.length / 2)], p95: s[Math.floor(s.length * 0.95)], max: s[s.length - 1], samples: s.length };
    } finally {
      child.stdin!.end('-gdb-exit\n');
      const killer = setTimeout(() => child.kill('SIGKILL'), 2000);
      await mi.exited;
      clearTimeout(killer);
    }
  } catch (e) {
    return { skipped: `gdb MI failed: ${e instanceof Error ? e.message : String(e)}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The reference row under mmstep's step row (same columns), with mmstep's median as a ratio. */
export async function printGdbReference(mmstepMedian: number): Promise<void> {
  const r = await measureGdbMi();
  if ('skipped' in r) {
    console.log(`${'gdb MI next + frames + locals (ref.)'.padEnd(38)}  skipped: ${r.skipped}`);
    return;
  }
  console.log(
    `${'gdb MI next + frames + locals (ref.)'.padEnd(38)}${r.median.toFixed(3).padStart(9)}${r.p95.toFixed(3).padStart(9)}${r.max.toFixed(3).padStart(9)}${String(r.samples).padStart(10)}` +
      `   mmstep's step is ${(mmstepMedian / r.median).toFixed(1)}× gdb's (gcc -O0 -g, a collect-style loop)`,
  );
}
