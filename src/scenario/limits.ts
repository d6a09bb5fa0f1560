// Size limits on what a scenario asks for (src/mm/limits.ts), checked on the raw data right
// after the YAML is read — before schema validation, before the model allocates anything — and
// reported at the item that goes over the limit. The data is not validated yet: every access is
// defensive, and anything malformed is left to the schema.

import {
  bytesText,
  countText,
  MAX_PROCESSES,
  MAX_RESIDENT_PAGES,
  MAX_THREADS,
  MAX_TLB_ENTRIES,
  MAX_VIEW_PAGES,
  MAX_VMAS_PER_PROCESS,
  pagesAsSize,
} from '../mm/limits';
import type { Diagnostic } from '../sim/types';
import { pointerToDotted, spanAt, YamlSource } from './yaml-doc';

/** C sources a scenario may list. */
export const MAX_SOURCES = 256;
/** Arguments of the entry function or of a thread's function. */
export const MAX_ARGS = 64;

type Obj = Record<string, unknown>;

const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const fmt = (n: number) => n.toLocaleString('en-US');

/** An address as the schema accepts it (integer or integer string), or undefined. */
function addr(v: unknown): bigint | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  if (typeof v === 'string' && /^\s*(0[xX][0-9a-fA-F]+|[0-9]+)\s*$/.test(v)) return BigInt(v.trim());
  return undefined;
}

export function checkScenarioLimits(file: string, src: YamlSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const error = (pointer: string, message: string) => {
    const where = pointerToDotted(pointer);
    out.push({ file, ...spanAt(src, pointer), severity: 'error', message: where ? `${where}: ${message}` : message });
  };
  /** A list longer than `max`: reported at its first item beyond the limit. */
  const atMost = (v: unknown, pointer: string, max: number, what: string): boolean => {
    const l = list(v);
    if (l.length <= max) return true;
    error(`${pointer}/${max}`, `${fmt(l.length)} ${what} exceed the limit of ${fmt(max)}`);
    return false;
  };
  const root = obj(src.value);
  if (!root) return out;

  atMost(root.sources, '/sources', MAX_SOURCES, 'C sources');
  atMost(obj(root.entry)?.args, '/entry/args', MAX_ARGS, 'arguments');
  if (atMost(root.threads, '/threads', MAX_THREADS, 'threads')) {
    list(root.threads).forEach((t, i) => atMost(obj(t)?.args, `/threads/${i}/args`, MAX_ARGS, 'arguments'));
  }

  const memory = obj(root.memory);
  if (memory) {
    atMost(memory.tlb, '/memory/tlb', MAX_TLB_ENTRIES, 'TLB entries');
    if (atMost(memory.processes, '/memory/processes', MAX_PROCESSES, 'processes')) {
      let resident = 0;
      list(memory.processes).forEach((p, pi) => {
        const ptr = `/memory/processes/${pi}`;
        atMost(obj(p)?.vmas, `${ptr}/vmas`, MAX_VMAS_PER_PROCESS, 'VMAs');
        const pages = list(obj(p)?.pages);
        for (let gi = 0; gi < pages.length && resident <= MAX_RESIDENT_PAGES; gi++) {
          resident += 1 + list(obj(pages[gi])?.sharedWith).length;
          if (resident > MAX_RESIDENT_PAGES) {
            error(`${ptr}/pages/${gi}`, `more than ${fmt(MAX_RESIDENT_PAGES)} resident pages (counting sharedWith mappings) exceed the limit (${pagesAsSize(MAX_RESIDENT_PAGES)})`);
          }
        }
      });
    }
  }

  let viewPages = 0;
  const ranges = list(obj(root.view)?.ranges);
  for (let i = 0; i < ranges.length; i++) {
    const r = obj(ranges[i]);
    const start = addr(r?.start);
    const end = addr(r?.end);
    if (start === undefined || end === undefined || end <= start) continue;
    const bytes = end - start;
    const pages = (bytes + 4095n) / 4096n;
    // Only on the error paths: the first toLocaleString of a process loads ICU (~30 ms).
    const limit = (): string => `the limit of ${fmt(MAX_VIEW_PAGES)} pages (${pagesAsSize(MAX_VIEW_PAGES)})`;
    if (pages > BigInt(MAX_VIEW_PAGES)) {
      error(`/view/ranges/${i}/end`, `view range of ${bytesText(bytes)} (${countText(pages)} pages) exceeds ${limit()}`);
      break;
    }
    viewPages += Number(pages);
    if (viewPages > MAX_VIEW_PAGES) {
      error(`/view/ranges/${i}`, `the view ranges cover ${fmt(viewPages)} pages together, more than ${limit()}`);
      break;
    }
  }
  return out;
}
