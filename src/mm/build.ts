// createModel: turn a scenario's MemorySpec into the model's initial state, validating it as it
// goes. Every error names the offending spot with a JSON path rooted at `memory` (SpecError) so
// the scenario loader can point at the YAML line. The result is consistent by construction:
// refcount = mappings + pins + extra refs (+1 while in an LRU batch or isolated), mapcount =
// present ptes, rmap derivable from the page tables.

import { mkPresentPte, ptePfnField, ptePresent, _PAGE_RW } from './pte';
import { newTable, pteAt, pteTableFor, writeEntryRaw } from './pgtable';
import {
  EXTERNAL_TID,
  findVma,
  MmModel,
  MmState,
  newModel,
  NO_TID,
  PageState,
  tableIndex,
  VM_EXEC,
  VM_READ,
  VM_SHARED,
  VM_WRITE,
  allocId,
  ZERO_PFN,
  newPage,
} from './state';
import { MAX_CPUS, MAX_PROCESSES, MAX_RESIDENT_PAGES, MAX_TLB_ENTRIES, MAX_VMAS_PER_PROCESS } from './limits';
import {
  hex,
  MemorySpec,
  parsePageAddr,
  PteBitsSpec,
  SpecError,
  PAGE_SIZE,
} from './spec';
import { touchPage } from './dirty';

const VM_FLAG_BITS: Record<string, number> = {
  VM_READ,
  VM_WRITE,
  VM_EXEC,
  VM_SHARED,
};

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function expectObj(v: unknown, path: string): Obj {
  if (!isObj(v)) throw new SpecError(path, `expected a mapping, got ${describe(v)}`);
  return v;
}

function expectArray(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw new SpecError(path, `expected a list, got ${describe(v)}`);
  return v;
}

function checkKeys(o: Obj, allowed: string[], path: string): void {
  for (const k of Object.keys(o)) {
    if (o[k] !== undefined && !allowed.includes(k)) {
      throw new SpecError(`${path}.${k}`, `unknown field '${k}' (expected one of: ${allowed.join(', ')})`);
    }
  }
}

function optInt(o: Obj, key: string, path: string, min: number, max: number, dflt: number): number {
  const v = o[key];
  if (v === undefined) return dflt;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new SpecError(`${path}.${key}`, `expected an integer in [${min}, ${max}], got ${describe(v)}`);
  }
  return v;
}

function optBool(o: Obj, key: string, path: string, dflt: boolean): boolean {
  const v = o[key];
  if (v === undefined) return dflt;
  if (typeof v !== 'boolean') throw new SpecError(`${path}.${key}`, `expected true or false, got ${describe(v)}`);
  return v;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${JSON.stringify(v)}`;
}

interface PendingMap {
  pid: number;
  addr: number;
  bits: PteBitsSpec | undefined;
  path: string;
}

/** Build the initial model. Throws SpecError on the first inconsistency found. */
export function createModel(spec: MemorySpec): MmModel {
  const root = expectObj(spec, 'memory');
  checkKeys(root, ['cpus', 'processes', 'tlb', 'cache'], 'memory');
  const cpus = optInt(root, 'cpus', 'memory', 1, MAX_CPUS, 1);
  const m = newModel(cpus);
  if (root.cache !== undefined) {
    if (root.cache !== 'none' && root.cache !== 'vivt') throw new SpecError('memory.cache', `expected 'none' or 'vivt', got ${JSON.stringify(root.cache)}`);
    m.cache = root.cache;
  }
  // No processes is allowed: a scenario may run plain C that touches no memory model object.
  const procs = root.processes === undefined ? [] : expectArray(root.processes, 'memory.processes');
  checkSizes(root, procs);

  // Pass 1: processes and VMAs (so sharedWith can refer to a later process).
  procs.forEach((p, pi) => buildProcess(m, p, `memory.processes[${pi}]`));

  // Pass 2: pages.
  const usedAddr = new Map<string, string>();
  procs.forEach((p, pi) => {
    const po = p as Obj;
    if (po.pages === undefined) return;
    expectArray(po.pages, `memory.processes[${pi}].pages`).forEach((pg, gi) =>
      buildPage(m, po.pid as number, pg, `memory.processes[${pi}].pages[${gi}]`, usedAddr),
    );
  });

  // Pass 3: TLB preload.
  if (root.tlb !== undefined) {
    expectArray(root.tlb, 'memory.tlb').forEach((t, ti) => buildTlb(m, t, `memory.tlb[${ti}]`));
  }
  return m;
}

/** The size limits (limits.ts), before anything is allocated. */
function checkSizes(root: Obj, procs: unknown[]): void {
  const fmt = (n: number) => n.toLocaleString('en-US');
  if (procs.length > MAX_PROCESSES) throw new SpecError(`memory.processes[${MAX_PROCESSES}]`, `${fmt(procs.length)} processes exceed the limit of ${MAX_PROCESSES}`);
  let resident = 0;
  procs.forEach((p, pi) => {
    const po = isObj(p) ? p : {};
    if (Array.isArray(po.vmas) && po.vmas.length > MAX_VMAS_PER_PROCESS) {
      throw new SpecError(`memory.processes[${pi}].vmas[${MAX_VMAS_PER_PROCESS}]`, `${fmt(po.vmas.length)} VMAs exceed the limit of ${fmt(MAX_VMAS_PER_PROCESS)}`);
    }
    const pages = Array.isArray(po.pages) ? po.pages : [];
    pages.forEach((pg, gi) => {
      resident += 1 + (isObj(pg) && Array.isArray(pg.sharedWith) ? pg.sharedWith.length : 0);
      if (resident > MAX_RESIDENT_PAGES) {
        throw new SpecError(`memory.processes[${pi}].pages[${gi}]`, `more than ${fmt(MAX_RESIDENT_PAGES)} resident pages (counting sharedWith mappings) exceed the limit`);
      }
    });
  });
  if (Array.isArray(root.tlb) && root.tlb.length > MAX_TLB_ENTRIES) {
    throw new SpecError(`memory.tlb[${MAX_TLB_ENTRIES}]`, `${fmt(root.tlb.length)} TLB entries exceed the limit of ${fmt(MAX_TLB_ENTRIES)}`);
  }
}

/** A new, empty address space `pid` of the model: its object, an empty pgd, no VMAs (also fork's). */
export function newMm(m: MmModel, pid: number, name: string): MmState {
  const obj = allocId(m);
  m.objs[obj] = { kind: 'mm', pid };
  const mm: MmState = {
    pid,
    name,
    obj,
    pgd: 0,
    vmas: [],
    rssAnon: 0,
    subscribers: [],
    mmapLock: { readers: [], writer: NO_TID },
    notifierRanges: [],
  };
  m.mms[pid] = mm;
  mm.pgd = newTable(m, 4, pid, 0).id;
  return mm;
}

function buildProcess(m: MmModel, p: unknown, path: string): void {
  const po = expectObj(p, path);
  checkKeys(po, ['pid', 'name', 'vmas', 'pages'], path);
  if (po.pid === undefined) throw new SpecError(`${path}.pid`, 'missing pid');
  const pid = optInt(po, 'pid', path, 1, 1_000_000, 0);
  if (m.mms[pid]) throw new SpecError(`${path}.pid`, `duplicate pid ${pid}`);
  if (po.name !== undefined && typeof po.name !== 'string') {
    throw new SpecError(`${path}.name`, `expected a string, got ${describe(po.name)}`);
  }
  const mm = newMm(m, pid, (po.name as string | undefined) ?? `proc${pid}`);

  const vmas = expectArray(po.vmas, `${path}.vmas`);
  if (vmas.length === 0) throw new SpecError(`${path}.vmas`, 'a process needs at least one VMA');
  vmas.forEach((v, vi) => {
    const vp = `${path}.vmas[${vi}]`;
    const vo = expectObj(v, vp);
    checkKeys(vo, ['start', 'end', 'flags', 'anonymous'], vp);
    if (vo.start === undefined) throw new SpecError(`${vp}.start`, 'missing start');
    if (vo.end === undefined) throw new SpecError(`${vp}.end`, 'missing end');
    const start = parsePageAddr(vo.start, `${vp}.start`);
    const end = parsePageAddr(vo.end, `${vp}.end`);
    if (end <= start) throw new SpecError(`${vp}.end`, `end ${hex(end)} must be above start ${hex(start)}`);
    let flags = VM_READ | VM_WRITE;
    if (vo.flags !== undefined) {
      flags = 0;
      expectArray(vo.flags, `${vp}.flags`).forEach((f, fi) => {
        const bit = typeof f === 'string' ? VM_FLAG_BITS[f] : undefined;
        if (bit === undefined) {
          throw new SpecError(`${vp}.flags[${fi}]`, `unknown VMA flag ${describe(f)} (expected ${Object.keys(VM_FLAG_BITS).join(', ')})`);
        }
        flags |= bit;
      });
    }
    const anonymous = optBool(vo, 'anonymous', vp, true);
    for (const other of mm.vmas) {
      if (start < other.end && other.start < end) {
        throw new SpecError(vp, `VMA ${hex(start)}-${hex(end)} overlaps VMA ${hex(other.start)}-${hex(other.end)}`);
      }
    }
    const vobj = allocId(m);
    m.objs[vobj] = { kind: 'vma', pid, start };
    mm.vmas.push({ obj: vobj, start, end, flags, anonymous });
  });
  mm.vmas.sort((a, b) => a.start - b.start);
}

function parseBits(v: unknown, path: string): PteBitsSpec | undefined {
  if (v === undefined) return undefined;
  const o = expectObj(v, path);
  checkKeys(o, ['write', 'dirty', 'young', 'softDirty', 'uffdWp'], path);
  return {
    write: o.write === undefined ? undefined : optBool(o, 'write', path, false),
    dirty: optBool(o, 'dirty', path, false),
    young: optBool(o, 'young', path, true),
    softDirty: optBool(o, 'softDirty', path, false),
    uffdWp: optBool(o, 'uffdWp', path, false),
  };
}

function claim(m: MmModel, pid: number, addr: number, path: string, used: Map<string, string>) {
  const mm = m.mms[pid];
  const vma = findVma(mm, addr);
  if (!vma) throw new SpecError(path, `address ${hex(addr)} is not inside any VMA of pid ${pid}`);
  const key = `${pid}:${addr}`;
  const prev = used.get(key);
  if (prev) throw new SpecError(path, `pid ${pid} already has a page at ${hex(addr)} (${prev})`);
  used.set(key, path);
  return vma;
}

function buildPage(m: MmModel, pid: number, pg: unknown, path: string, used: Map<string, string>): void {
  const po = expectObj(pg, path);
  checkKeys(
    po,
    ['addr', 'pfn', 'content', 'pte', 'dirty', 'lru', 'batchCpu', 'extraRefs', 'pins', 'locked', 'lockOwner', 'anonExclusive', 'sharedWith'],
    path,
  );
  if (po.addr === undefined) throw new SpecError(`${path}.addr`, 'missing addr');
  const addr = parsePageAddr(po.addr, `${path}.addr`);
  const vma = claim(m, pid, addr, `${path}.addr`, used);

  const maps: PendingMap[] = [{ pid, addr, bits: parseBits(po.pte, `${path}.pte`), path }];
  if (po.sharedWith !== undefined) {
    expectArray(po.sharedWith, `${path}.sharedWith`).forEach((s, si) => {
      const sp = `${path}.sharedWith[${si}]`;
      const so = expectObj(s, sp);
      checkKeys(so, ['pid', 'addr', 'pte'], sp);
      const spid = optInt(so, 'pid', sp, 1, 1_000_000, 0);
      if (!m.mms[spid]) throw new SpecError(`${sp}.pid`, `no process with pid ${spid}`);
      if (so.addr === undefined) throw new SpecError(`${sp}.addr`, 'missing addr');
      const saddr = parsePageAddr(so.addr, `${sp}.addr`);
      const svma = claim(m, spid, saddr, `${sp}.addr`, used);
      if (svma.anonymous !== vma.anonymous) {
        throw new SpecError(sp, 'a page can only be shared between two anonymous or two file-backed VMAs');
      }
      maps.push({ pid: spid, addr: saddr, bits: parseBits(so.pte, `${sp}.pte`), path: sp });
    });
  }
  const shared = maps.length > 1;

  let pfn: number;
  if (po.pfn !== undefined) {
    pfn = optInt(po, 'pfn', path, 1, 2 ** 40 - 1, 0);
    if (m.pages[pfn]) throw new SpecError(`${path}.pfn`, `pfn ${hex(pfn)} is already used by another page`);
    if (pfn === ZERO_PFN) throw new SpecError(`${path}.pfn`, `pfn ${hex(pfn)} is the shared zero page`);
  } else {
    while (m.pages[m.nextPfn] || m.nextPfn === ZERO_PFN) m.nextPfn++;
    pfn = m.nextPfn++;
  }

  const lru = po.lru ?? 'lru';
  if (lru !== 'lru' && lru !== 'batch' && lru !== 'isolated' && lru !== 'none') {
    throw new SpecError(`${path}.lru`, `expected one of lru, batch, isolated, none; got ${describe(lru)}`);
  }
  const batchCpu = optInt(po, 'batchCpu', path, 0, m.cpus - 1, 0);
  if (po.batchCpu !== undefined && lru !== 'batch') {
    throw new SpecError(`${path}.batchCpu`, "batchCpu is only meaningful with lru: 'batch'");
  }
  const extraRefs = optInt(po, 'extraRefs', path, 0, 1000, 0);
  const pins = optInt(po, 'pins', path, 0, 1000, 0);
  const locked = optBool(po, 'locked', path, false);
  const lockOwner = optInt(po, 'lockOwner', path, 0, 1_000_000, EXTERNAL_TID);
  if (po.lockOwner !== undefined && !locked) {
    throw new SpecError(`${path}.lockOwner`, 'lockOwner given but the page is not locked');
  }
  if (po.content !== undefined && typeof po.content !== 'string' && typeof po.content !== 'number') {
    throw new SpecError(`${path}.content`, `expected a string or number, got ${describe(po.content)}`);
  }
  const anon = vma.anonymous;
  const anonExclusive = optBool(po, 'anonExclusive', path, anon && !shared);
  if (anonExclusive && (!anon || shared)) {
    throw new SpecError(`${path}.anonExclusive`, shared ? 'a page mapped by several processes cannot be anon-exclusive' : 'only anonymous pages can be anon-exclusive');
  }

  const page: PageState = newPage(pfn, {
    refcount: maps.length + pins + extraRefs + (lru === 'batch' || lru === 'isolated' ? 1 : 0),
    mapcount: maps.length,
    pins,
    locked,
    lockOwner: locked ? lockOwner : NO_TID,
    lru,
    batchCpu: lru === 'batch' ? batchCpu : -1,
    dirty: optBool(po, 'dirty', path, false),
    anon,
    anonExclusive,
    mapping: anon ? 'anon' : 'file',
    index: Math.floor(addr / PAGE_SIZE),
    content: po.content !== undefined ? String(po.content) : `${pid}:${hex(addr)}`,
    uptodate: true,
    memcg: true,
    extraRefs,
    ...(lru === 'isolated' ? { isolatedBy: EXTERNAL_TID } : {}),
  });
  m.pages[pfn] = page;
  touchPage(m, pfn);
  if (lru === 'batch') m.lruBatch[batchCpu].push(pfn);

  for (const mp of maps) {
    const mvma = findVma(m.mms[mp.pid], mp.addr)!;
    const shareWritable = (mvma.flags & VM_SHARED) !== 0;
    const dfltWrite = (mvma.flags & VM_WRITE) !== 0 && (!shared || shareWritable);
    const write = mp.bits?.write ?? dfltWrite;
    if (write && (mvma.flags & VM_WRITE) === 0) {
      throw new SpecError(`${mp.path}.pte.write`, `pte is writable but the VMA at ${hex(mp.addr)} lacks VM_WRITE`);
    }
    const t = pteTableFor(m, mp.pid, mp.addr, true)!;
    // The initial content counts as what the process last wrote there (lost-write check).
    m.written[`${mp.pid}:${mp.addr}`] = page.content;
    if (anon) m.mms[mp.pid].rssAnon++;
    writeEntryRaw(
      m,
      t,
      tableIndex(1, mp.addr),
      mkPresentPte(pfn, {
        write,
        dirty: mp.bits?.dirty ?? false,
        young: mp.bits?.young ?? true,
        softDirty: mp.bits?.softDirty ?? false,
        uffdWp: mp.bits?.uffdWp ?? false,
      }),
    );
  }
}

function buildTlb(m: MmModel, t: unknown, path: string): void {
  const o = expectObj(t, path);
  checkKeys(o, ['cpu', 'pid', 'addr', 'write'], path);
  const cpu = optInt(o, 'cpu', path, 0, m.cpus - 1, 0);
  if (o.pid === undefined) throw new SpecError(`${path}.pid`, 'missing pid');
  const pid = optInt(o, 'pid', path, 1, 1_000_000, 0);
  if (!m.mms[pid]) throw new SpecError(`${path}.pid`, `no process with pid ${pid}`);
  if (o.addr === undefined) throw new SpecError(`${path}.addr`, 'missing addr');
  const addr = parsePageAddr(o.addr, `${path}.addr`);
  const pte = pteAt(m, pid, addr);
  if (!ptePresent(pte)) {
    throw new SpecError(`${path}.addr`, `no page is mapped at ${hex(addr)} in pid ${pid}, so no translation can be cached`);
  }
  const pteWrite = (pte & _PAGE_RW) !== 0n;
  const write = optBool(o, 'write', path, pteWrite);
  if (write && !pteWrite) throw new SpecError(`${path}.write`, 'a writable translation needs a writable pte');
  const tlb = m.tlbs[cpu];
  if (tlb.some((e) => e.pid === pid && e.vaddr === addr)) {
    throw new SpecError(path, `CPU ${cpu} already caches pid ${pid} ${hex(addr)}`);
  }
  tlb.push({ pid, vaddr: addr, pfn: ptePfnField(pte), write });
}
