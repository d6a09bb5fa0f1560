// Turns schema-valid scenario data into a typed Scenario and checks what a schema cannot:
// references to processes, threads, VMAs, resident pages and frames that must exist, page
// alignment, ordered ranges, and the memory section's own consistency (by building the model
// once with src/mm's createModel, whose SpecErrors carry a JSON path we map to a line:col).

import { createModel } from '../mm/spec';
import { SpecError } from '../mm/spec';
import type { MemorySpec } from '../mm/spec';
import type { MmModel } from '../mm/state';
import type { LruState, PteKind } from '../protocol/state';
import type { Diagnostic } from '../sim/types';
import type {
  ArgSpec,
  ChecksSpec,
  ExpectedOutcome,
  ExpectSpec,
  PageExpect,
  PteExpect,
  Scenario,
  TlbExpect,
  ThreadSpec,
  ThreadStart,
  ViewRange,
} from './types';
import { dottedToPointer, keySpanAt, pointerToDotted, spanAt, toPointer, YamlSource } from './yaml-doc';

const PAGE_SIZE = 4096n;

type Obj = Record<string, unknown>;

/** An integer or integer string (`0x..`, decimal, optional `-`) as BigInt. */
export function toBigInt(v: unknown): bigint {
  if (typeof v === 'number') return BigInt(v);
  const s = String(v).trim();
  return s.startsWith('-') ? -BigInt(s.slice(1)) : BigInt(s);
}

export function hexAddr(v: bigint): string {
  return (v < 0n ? '-0x' : '0x') + (v < 0n ? -v : v).toString(16);
}

class Checker {
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    private readonly file: string,
    private readonly src: YamlSource,
  ) {}

  error(pointer: string, message: string, onKey = false, severity: 'error' | 'warning' = 'error'): void {
    const span = onKey ? keySpanAt(this.src, pointer) : spanAt(this.src, pointer);
    const where = pointerToDotted(pointer);
    const text = where && !message.startsWith(where) ? `${where}: ${message}` : message;
    this.diagnostics.push({ file: this.file, ...span, severity, message: text });
  }
}

/** Resident pages per pid as listed in the spec (their own pages and sharedWith mappings). */
function residentAddrs(memory: MemorySpec): Map<number, Set<bigint>> {
  const out = new Map<number, Set<bigint>>();
  const add = (pid: number, addr: unknown) => {
    if (!out.has(pid)) out.set(pid, new Set());
    try {
      out.get(pid)!.add(toBigInt(addr));
    } catch {
      /* malformed: the model reports it */
    }
  };
  for (const p of memory.processes) {
    for (const pg of p.pages ?? []) {
      add(p.pid, pg.addr);
      for (const s of pg.sharedWith ?? []) add(s.pid, s.addr);
    }
  }
  return out;
}

export function buildScenario(file: string, data: Obj, src: YamlSource): { scenario?: Scenario; diagnostics: Diagnostic[] } {
  const c = new Checker(file, src);
  const memory = data.memory as MemorySpec;

  // The memory section: let the model validate it the way it will be built.
  let model: MmModel | undefined;
  try {
    model = createModel(memory);
  } catch (e) {
    if (e instanceof SpecError) {
      const path = e.path.startsWith('memory') ? e.path : `memory.${e.path}`;
      const pointer = dottedToPointer(path);
      c.error(pointer, `${path}: ${e.detail}`, /unknown field/.test(e.detail));
    } else {
      c.error('/memory', `memory: the model rejected this state: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const pids = new Set(memory.processes.map((p) => p.pid));
  const resident = residentAddrs(memory);

  const checkPid = (pointer: string, pid: number): boolean => {
    if (pids.has(pid)) return true;
    c.error(pointer, `no process with pid ${pid} in memory.processes (known: ${[...pids].join(', ') || 'none'})`);
    return false;
  };
  // The view and the expectations may name a process created while the scenario runs (fork):
  // it is checked when the run ends ("no process N" if it never appeared).
  const laterPid = (_pointer: string, pid: number): boolean => pids.has(pid);
  const aligned = (pointer: string, addr: bigint, what: string): boolean => {
    if (addr % PAGE_SIZE === 0n) return true;
    c.error(pointer, `${what} ${hexAddr(addr)} is not page-aligned (PAGE_SIZE is 0x1000)`);
    return false;
  };
  const inVma = (pointer: string, pid: number, addr: bigint): boolean => {
    const mm = model?.mms[pid];
    if (!mm) return true; // model failed to build: already reported
    if (mm.vmas.some((v) => addr >= BigInt(v.start) && addr < BigInt(v.end))) return true;
    c.error(pointer, `address ${hexAddr(addr)} is not inside any VMA of pid ${pid}`);
    return false;
  };

  const parseArg = (v: unknown, ptr: string): ArgSpec => {
    if (v === null) return { kind: 'null' };
    if (typeof v === 'number' || typeof v === 'string') return { kind: 'int', value: toBigInt(v) };
    const o = v as Obj;
    if ('vma' in o) {
      const r = o.vma as Obj;
      const pid = r.pid as number;
      const addr = toBigInt(r.addr);
      if (checkPid(`${ptr}/vma/pid`, pid)) inVma(`${ptr}/vma/addr`, pid, addr);
      return { kind: 'vma', pid, addr };
    }
    if ('mm' in o) {
      checkPid(`${ptr}/mm`, o.mm as number);
      return { kind: 'mm', pid: o.mm as number };
    }
    if ('page' in o) {
      const r = o.page as Obj;
      const pid = r.pid as number;
      const addr = toBigInt(r.addr);
      if (checkPid(`${ptr}/page/pid`, pid) && aligned(`${ptr}/page/addr`, addr, 'page address')) {
        if (!resident.get(pid)?.has(addr)) c.error(`${ptr}/page/addr`, `no resident page at ${hexAddr(addr)} in pid ${pid} (list it under memory.processes[].pages)`);
      }
      return { kind: 'page', pid, addr };
    }
    const pfn = o.pfn as number;
    if (model && !model.pages[pfn]) c.error(`${ptr}/pfn`, `no page with pfn 0x${pfn.toString(16)} exists in the initial memory state`);
    return { kind: 'pfn', pfn };
  };
  const parseArgs = (v: unknown, ptr: string): ArgSpec[] => ((v as unknown[] | undefined) ?? []).map((a, i) => parseArg(a, `${ptr}/${i}`));

  // Threads: "main" is the entry; names must be unique.
  const threadNames = new Set<string>(['main']);
  const threads: ThreadSpec[] = ((data.threads as Obj[] | undefined) ?? []).map((t, i) => {
    const ptr = `/threads/${i}`;
    const name = t.name as string;
    if (threadNames.has(name)) c.error(`${ptr}/name`, name === 'main' ? 'the name "main" is reserved for the entry thread' : `duplicate thread name "${name}"`);
    threadNames.add(name);
    return { name, function: t.function as string, args: parseArgs(t.args, `${ptr}/args`), start: parseStart(t.start) };
  });

  const entry = data.entry as Obj;
  const entrySpec: Scenario['entry'] = { function: entry.function as string, args: parseArgs(entry.args, '/entry/args') };
  if (typeof entry.user_process === 'number' && checkPid('/entry/user_process', entry.user_process)) entrySpec.userProcess = entry.user_process;

  // View ranges.
  const ranges: ViewRange[] = (((data.view as Obj | undefined)?.ranges as Obj[] | undefined) ?? []).map((r, i) => {
    const ptr = `/view/ranges/${i}`;
    const range = { pid: r.pid as number, start: toBigInt(r.start), end: toBigInt(r.end) };
    const okStart = aligned(`${ptr}/start`, range.start, 'start');
    const okEnd = aligned(`${ptr}/end`, range.end, 'end');
    if (okStart && okEnd && range.start >= range.end) c.error(`${ptr}/end`, `end ${hexAddr(range.end)} must be above start ${hexAddr(range.start)}`);
    return range;
  });

  const invariants: Record<string, boolean> = {};
  for (const [k, v] of Object.entries((data.invariants as Obj | undefined) ?? {})) invariants[k] = v as boolean;

  const expect = buildExpect((data.expect as Obj | undefined) ?? {}, c, { checkPid: laterPid, aligned, inVma, threadNames, ranges, cpus: memory.cpus ?? 1 });
  const scenario: Scenario = {
    path: file,
    name: data.name as string,
    description: data.description as string | undefined,
    sources: data.sources as string[],
    ...(typeof data.kernel_tree === 'string' ? { kernelTree: data.kernel_tree } : {}),
    ...(data.checks ? { checks: parseChecks(data.checks as Obj) } : {}),
    entry: entrySpec,
    memory,
    threads,
    invariants,
    view: { ranges },
    expect,
    spans: src.valueSpans,
    keySpans: src.keySpans,
    redirects: src.redirects,
  };
  const hasErrors = c.diagnostics.some((d) => d.severity === 'error');
  return { scenario: hasErrors ? undefined : scenario, diagnostics: c.diagnostics };
}

/** `checks:` (the schema has validated the values). */
function parseChecks(o: Obj): ChecksSpec {
  const out: ChecksSpec = {};
  if (o.nonpresent_pte_helpers === 'warn' || o.nonpresent_pte_helpers === 'fault') out.nonpresentPteHelpers = o.nonpresent_pte_helpers;
  return out;
}

interface RefChecks {
  checkPid(pointer: string, pid: number): boolean;
  aligned(pointer: string, addr: bigint, what: string): boolean;
  inVma(pointer: string, pid: number, addr: bigint): boolean;
  threadNames: Set<string>;
  ranges: ViewRange[];
  cpus: number;
}

function buildExpect(e: Obj, c: Checker, k: RefChecks): ExpectSpec {
  const inView = (ptr: string, pid: number, addr: bigint) => {
    if (!k.checkPid(ptr, pid)) return true; // created at run time: checked when the run ends
    const mine = k.ranges.filter((r) => r.pid === pid);
    if (k.ranges.length === 0) return k.inVma(ptr, pid, addr);
    if (mine.some((r) => addr >= r.start && addr < r.end)) return true;
    c.error(ptr, `address ${hexAddr(addr)} of pid ${pid} is outside the view ranges, so its final state is not shown or checked; widen view.ranges`);
    return false;
  };
  const ptes: PteExpect[] | undefined = (e.ptes as Obj[] | undefined)?.map((p, i) => {
    const ptr = `/expect/ptes/${i}`;
    const pte: PteExpect = { pid: p.pid as number, addr: toBigInt(p.addr), kind: p.kind as PteKind };
    if (p.pfn !== undefined) pte.pfn = p.pfn as number;
    if (p.bits !== undefined) pte.bits = p.bits as string[];
    if (k.aligned(`${ptr}/addr`, pte.addr, 'address')) inView(`${ptr}/addr`, pte.pid, pte.addr);
    if (pte.pfn !== undefined && (pte.kind === 'none' || pte.kind === 'swap')) c.error(`${ptr}/pfn`, `a ${pte.kind} entry refers to no frame; drop pfn`);
    return pte;
  });
  const pages: PageExpect[] | undefined = (e.pages as Obj[] | undefined)?.map((p, i) => {
    const ptr = `/expect/pages/${i}`;
    let page: PageExpect['page'];
    if (p.pfn !== undefined) {
      if (p.pid !== undefined || p.addr !== undefined) c.error(ptr, 'name the page either by pfn or by pid and addr, not both');
      page = { pfn: p.pfn as number };
    } else {
      page = { pid: p.pid as number, addr: toBigInt(p.addr) };
      if (k.aligned(`${ptr}/addr`, page.addr, 'address')) inView(`${ptr}/addr`, page.pid, page.addr);
    }
    const pe: PageExpect = { page };
    for (const f of ['refcount', 'mapcount', 'pins'] as const) if (p[f] !== undefined) pe[f] = p[f] as number;
    for (const f of ['locked', 'dirty', 'free'] as const) if (p[f] !== undefined) pe[f] = p[f] as boolean;
    if (p.lru !== undefined) pe.lru = p.lru as LruState;
    if (p.content !== undefined) pe.content = String(p.content);
    if (p.lockHolder !== undefined) {
      pe.lockHolder = p.lockHolder as string | null;
      // "external": held from outside the simulation (memory: locked: true, lockOwner 0).
      if (pe.lockHolder !== null && pe.lockHolder !== 'external' && !k.threadNames.has(pe.lockHolder)) {
        c.error(`${ptr}/lockHolder`, `unknown thread "${pe.lockHolder}" (threads: ${[...k.threadNames].join(', ')}; or "external")`);
      }
    }
    return pe;
  });

  const tlb: TlbExpect[] | undefined = (e.tlb as Obj[] | undefined)?.map((t, i) => {
    const ptr = `/expect/tlb/${i}`;
    const x: TlbExpect = { cpu: t.cpu as number, pid: t.pid as number, addr: toBigInt(t.addr), cached: t.cached as boolean };
    if (t.stale !== undefined) x.stale = t.stale as boolean;
    if (x.stale !== undefined && !x.cached) c.error(`${ptr}/stale`, 'a translation that is not cached cannot be stale; drop stale or set cached: true');
    if (k.checkPid(`${ptr}/pid`, x.pid)) k.aligned(`${ptr}/addr`, x.addr, 'address');
    if (x.cpu >= k.cpus) c.error(`${ptr}/cpu`, `cpu ${x.cpu} does not exist (memory.cpus is ${k.cpus})`);
    return x;
  });

  const out: ExpectSpec = {};
  if (e.outcome !== undefined) out.outcome = e.outcome as ExpectedOutcome;
  if (e.returns !== undefined) out.returns = toBigInt(e.returns);
  if (e.fault !== undefined) out.fault = { ...(e.fault as Obj) } as ExpectSpec['fault'];
  if (ptes) out.ptes = ptes;
  if (pages) out.pages = pages;
  if (tlb) out.tlb = tlb;
  if (e.violations !== undefined) out.violations = e.violations as string[];
  if (e.output !== undefined) out.output = e.output as string[];

  if (out.fault && out.outcome && out.outcome !== 'fault') {
    c.error('/expect/fault', `a fault is expected but outcome is '${out.outcome}'; set outcome: fault or drop fault`);
  }
  if (out.returns !== undefined && out.outcome && out.outcome !== 'completed') {
    c.error('/expect/returns', `a return value is only checked when the outcome is 'completed', not '${out.outcome}'`);
  }
  return out;
}

/** The position of the scenario node at a JSON pointer or dotted path, as a Diagnostic. */
export function scenarioDiagnostic(scenario: Pick<Scenario, 'path' | 'spans' | 'keySpans' | 'redirects'>, where: string | (string | number)[], message: string, severity: 'error' | 'warning' = 'error'): Diagnostic {
  const pointer = Array.isArray(where) ? toPointer(where) : dottedToPointer(where);
  const span = spanAt({ valueSpans: scenario.spans, redirects: scenario.redirects }, pointer);
  return { file: scenario.path, ...span, severity, message };
}

/** A thread's start as written in the file (validated by the schema) → ThreadStart. */
function parseStart(v: unknown): ThreadStart {
  if (v === undefined) return 'when-main-blocks';
  if (typeof v === 'string') return v as ThreadStart;
  const o = v as Obj;
  const occurrence = (o.occurrence as number | undefined) ?? 1;
  if (o['after-call'] !== undefined) {
    return { afterCall: o['after-call'] as string, ...(o.in !== undefined ? { in: o.in as string } : {}), occurrence };
  }
  const at = o['at-line'] as Obj;
  return { atLine: { file: at.file as string, line: at.line as number }, occurrence };
}
