// Checks a scenario's expectations against how a run ended: its result and the final StateView.
// Pure and view-based: it sees exactly what the CLI prints and the webview shows, so a failed
// expectation can always be explained from the printed state. Pages named by (pid, addr) are
// resolved through the view's PTEs (the frame the entry there refers to, also for migration and
// device entries).

import type { PageView, PteView, StateView } from '../protocol/state';
import type { ExpectationResult, RunResult } from '../sim/types';
import { hexAddr } from './semantic';
import type { ExpectedOutcome, ExpectSpec, PageExpect, PageRef, PteExpect, TlbExpect } from './types';

export interface RunEnd {
  result: Pick<RunResult, 'outcome' | 'returned' | 'fault'> & { output?: string[] };
  view: StateView;
}

/** The outcome a scenario expects when it does not say: fault/violation if it names one. */
export function expectedOutcome(expect: ExpectSpec | undefined): ExpectedOutcome {
  if (expect?.outcome) return expect.outcome;
  if (expect?.fault) return 'fault';
  if (expect?.violations && expect.violations.length > 0) return 'violation';
  return 'completed';
}

function findPte(view: StateView, pid: number, addr: bigint): PteView | undefined {
  // (A process named here may not exist: created at run time and never forked, say.)
  const proc = view.processes.find((p) => p.pid === pid);
  return proc?.ptes.find((p) => BigInt(p.addr) === addr);
}

function pageName(ref: PageRef): string {
  return 'pfn' in ref ? `page pfn 0x${ref.pfn.toString(16)}` : `page at pid ${ref.pid} ${hexAddr(ref.addr)}`;
}

function resolvePage(view: StateView, ref: PageRef): { page?: PageView; why?: string } {
  let pfn: number;
  if ('pfn' in ref) {
    pfn = ref.pfn;
  } else {
    const pte = findPte(view, ref.pid, ref.addr);
    if (!pte) return { why: `no PTE for pid ${ref.pid} at ${hexAddr(ref.addr)} in the state view` };
    if (pte.pfn === undefined) return { why: `the PTE at pid ${ref.pid} ${hexAddr(ref.addr)} is ${pte.text}, which refers to no page` };
    pfn = pte.pfn;
  }
  const page = view.pages.find((p) => p.pfn === pfn);
  return page ? { page } : { why: `pfn 0x${pfn.toString(16)} is not in the state view` };
}

/** Equal as integers when both read as integers (`0x41` vs `65`), else as text. */
function sameContent(actual: string | undefined, expected: string): boolean {
  if (actual === undefined) return false;
  const asInt = (s: string) => (/^\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\s*$/.test(s) ? s.trim() : undefined);
  const a = asInt(actual);
  const e = asInt(expected);
  if (a !== undefined && e !== undefined) {
    const big = (s: string) => (s.startsWith('-') ? -BigInt(s.slice(1)) : BigInt(s));
    return big(a) === big(e);
  }
  return actual === expected;
}

function checkPte(view: StateView, x: PteExpect): ExpectationResult {
  const what = `pte pid ${x.pid} ${hexAddr(x.addr)} is ${x.kind}` + (x.pfn !== undefined ? ` -> pfn 0x${x.pfn.toString(16)}` : '') + (x.bits?.length ? ` [${x.bits.join(', ')}]` : '');
  const pte = findPte(view, x.pid, x.addr);
  if (!pte) return { what, ok: false, detail: `no PTE for pid ${x.pid} at ${hexAddr(x.addr)} in the state view` };
  const problems: string[] = [];
  if (pte.kind !== x.kind) problems.push(`kind is ${pte.kind}`);
  if (x.pfn !== undefined && pte.pfn !== x.pfn) problems.push(pte.pfn === undefined ? 'it refers to no frame' : `pfn is 0x${pte.pfn.toString(16)}`);
  for (const b of x.bits ?? []) {
    const clear = b.startsWith('!');
    const name = clear ? b.slice(1) : b;
    if (clear && pte.bits.includes(name)) problems.push(`bit ${name} is set`);
    if (!clear && !pte.bits.includes(name)) problems.push(`bit ${name} is clear`);
  }
  return { what, ok: problems.length === 0, detail: problems.length ? `${problems.join('; ')} (${pte.text})` : pte.text };
}

/** One result per page expectation: every field listed, mismatches named in the detail. */
function checkPage(view: StateView, x: PageExpect): ExpectationResult {
  const name = pageName(x.page);
  const { page, why } = resolvePage(view, x.page);
  const fields: [string, unknown, (p: PageView) => unknown, ((a: unknown, e: unknown) => boolean)?][] = [];
  if (x.refcount !== undefined) fields.push(['refcount', x.refcount, (p) => p.refcount]);
  if (x.mapcount !== undefined) fields.push(['mapcount', x.mapcount, (p) => p.mapcount]);
  if (x.pins !== undefined) fields.push(['pins', x.pins, (p) => p.pins]);
  if (x.locked !== undefined) fields.push(['locked', x.locked, (p) => p.locked]);
  if (x.lockHolder !== undefined) fields.push(['lockHolder', x.lockHolder, (p) => p.lockHolder ?? null]);
  if (x.lru !== undefined) fields.push(['lru', x.lru, (p) => p.lru]);
  if (x.dirty !== undefined) fields.push(['dirty', x.dirty, (p) => p.dirty]);
  if (x.free !== undefined) fields.push(['free', x.free, (p) => p.free]);
  if (x.content !== undefined) fields.push(['content', x.content, (p) => p.content, (a, e) => sameContent(a as string | undefined, e as string)]);
  const what = fields.length ? `${name}: ${fields.map(([f, e]) => `${f} ${typeof e === 'string' ? e : JSON.stringify(e)}`).join(', ')}` : `${name} exists`;
  if (!page) return { what, ok: false, detail: why! };
  const wrong = fields
    .filter(([, expected, get, eq]) => !(eq ? eq(get(page), expected) : get(page) === expected))
    .map(([f, , get]) => `${f} is ${JSON.stringify(get(page) ?? null)}`);
  return { what, ok: wrong.length === 0, detail: `pfn 0x${page.pfn.toString(16)}: ` + (wrong.length ? wrong.join(', ') : 'as expected') };
}

function checkTlb(view: StateView, x: TlbExpect): ExpectationResult {
  const what = `cpu ${x.cpu} TLB ${x.cached ? 'caches' : 'does not cache'} pid ${x.pid} ${hexAddr(x.addr)}` + (x.stale === undefined ? '' : x.stale ? ' (stale)' : ' (not stale)');
  const tlb = view.tlbs.find((t) => t.cpu === x.cpu);
  const entry = tlb?.entries.find((e) => e.pid === x.pid && BigInt(e.addr) === x.addr);
  if (!entry) return { what, ok: !x.cached, detail: tlb ? 'no translation cached' : `cpu ${x.cpu} has no TLB in the view` };
  const detail = `cached: -> pfn 0x${entry.pfn.toString(16)} ${entry.write ? 'rw' : 'ro'}${entry.stale ? ', stale' : ''}`;
  return { what, ok: x.cached && (x.stale === undefined || x.stale === entry.stale), detail };
}

export function checkExpectations(expect: ExpectSpec | undefined, end: RunEnd): ExpectationResult[] {
  const out: ExpectationResult[] = [];
  const { result, view } = end;
  const outcome = expectedOutcome(expect);
  const faultText = result.fault ? `${result.fault.kind} at ${result.fault.file}:${result.fault.line}:${result.fault.column}: ${result.fault.message}` : '';
  out.push({
    what: `outcome is ${outcome}`,
    ok: result.outcome === outcome,
    detail: `outcome is ${result.outcome}` + (faultText ? ` (${faultText})` : '') + (result.returned !== undefined ? ` (returned ${result.returned})` : ''),
  });

  if (expect?.returns !== undefined) {
    const ok = result.returned !== undefined && BigInt(result.returned) === expect.returns;
    out.push({ what: `returns ${expect.returns}`, ok, detail: result.returned === undefined ? 'the entry function did not return' : `returned ${result.returned}` });
  }

  if (expect?.fault) {
    const f = expect.fault;
    const parts = [f.kind && `kind ${f.kind}`, f.file && `in ${f.file}`, f.line !== undefined && `at line ${f.line}`].filter(Boolean).join(' ');
    const actual = result.fault;
    let ok = !!actual;
    if (actual) {
      if (f.kind !== undefined && actual.kind !== f.kind) ok = false;
      if (f.line !== undefined && actual.line !== f.line) ok = false;
      if (f.file !== undefined) {
        const norm = (s: string) => s.replace(/\\/g, '/');
        const a = norm(actual.file);
        const e = norm(f.file).replace(/^\.\//, '');
        if (!(a === e || a.endsWith('/' + e))) ok = false;
      }
    }
    out.push({ what: `fault${parts ? ' ' + parts : ''}`, ok, detail: actual ? faultText : 'no fault' });
  }

  for (const x of expect?.ptes ?? []) out.push(checkPte(view, x));
  for (const x of expect?.pages ?? []) out.push(checkPage(view, x));
  for (const x of expect?.tlb ?? []) out.push(checkTlb(view, x));

  // Violations: the set seen must be exactly the set expected (default: none).
  const seen = [...new Set(view.violations.map((v) => v.invariant))].sort();
  const wanted = [...new Set(expect?.violations ?? [])].sort();
  const ok = seen.length === wanted.length && seen.every((s, i) => s === wanted[i]);
  out.push({
    what: wanted.length ? `violations: ${wanted.join(', ')}` : 'no invariant violated',
    ok,
    detail: view.violations.length ? view.violations.map((v) => `${v.invariant}: ${v.message}`).join('; ') : 'none',
  });

  for (const text of expect?.output ?? []) {
    const what = `output contains ${JSON.stringify(text)}`;
    if (!result.output) {
      out.push({ what, ok: false, detail: 'the printf output of the run was not passed to checkExpectations' });
      continue;
    }
    const all = result.output.join('\n');
    out.push({ what, ok: all.includes(text), detail: all.includes(text) ? 'found' : 'not found in the printf output' });
  }
  return out;
}
