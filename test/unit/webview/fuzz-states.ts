// fast-check arbitraries of hostile state-view messages for the webview fuzz tests: random JSON
// and arbitrary JavaScript values; well-formed StateViews whose strings carry markup, script and
// prototype keys; and well-formed states with one value replaced by something hostile (null, a
// wrong type, NaN, a too long string or array, 10,000 levels of nesting, a `__proto__` key).
// Mutations remember the path they changed, so a test can check the rejection names it.

import * as fc from 'fast-check';
import { STATE_LIMITS } from '../../../src/protocol/check-state';
import type { StateView } from '../../../src/protocol/state';

/** Strings that would run script if a renderer ever let them become markup. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  "'><iframe srcdoc='<script>parent.__pwned=1</script>'>",
  'javascript:window.__pwned=1',
  '</td></tr></table><b onmouseover="window.__pwned=1">x</b>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '\u202e\u0000\ud800',
];

const text = fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 24 }) }, { weight: 2, arbitrary: fc.constantFrom(...PAYLOADS) }, fc.string({ unit: 'binary', maxLength: 12 }));
const names = fc.array(text, { maxLength: 4 });
const hex = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((v) => '0x' + v.toString(16));
/** Mostly small pfns, so PTEs, slots and TLB entries link to pages that are shown. */
const pfn = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 12 }) }, fc.integer({ min: 0, max: 2 ** 52 }));
const pid = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const count = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });

const pte = fc.record(
  {
    key: text,
    pid,
    addr: hex,
    kind: fc.constantFrom('none', 'present', 'migration', 'device-private', 'device-exclusive', 'swap'),
    pfn,
    bits: names,
    raw: hex,
    text,
    ptlHolder: text,
  },
  { requiredKeys: ['key', 'pid', 'addr', 'kind', 'bits', 'raw', 'text'] },
);

const page = fc.record(
  {
    key: text,
    pfn,
    zone: fc.constantFrom('ram', 'device-private', 'device-coherent'),
    owner: text,
    free: fc.boolean(),
    refcount: count,
    mapcount: count,
    locked: fc.boolean(),
    lockHolder: text,
    lockWaiters: names,
    lru: fc.constantFrom('lru', 'isolated', 'batch', 'none'),
    pins: count,
    dirty: fc.boolean(),
    anon: fc.boolean(),
    anonExclusive: fc.boolean(),
    content: text,
    flags: names,
  },
  { requiredKeys: ['key', 'pfn', 'zone', 'free', 'refcount', 'mapcount', 'locked', 'lockWaiters', 'lru', 'pins', 'dirty', 'anon', 'anonExclusive', 'flags'] },
);

const processView = fc.record(
  {
    pid,
    name: text,
    vmas: fc.array(fc.record({ start: hex, end: hex, flags: names }), { maxLength: 3 }),
    ptes: fc.array(pte, { maxLength: 8 }),
    mmapLock: text,
  },
  { requiredKeys: ['pid', 'name', 'vmas', 'ptes'] },
);

const tlb = fc.record({
  cpu: fc.integer({ min: 0, max: STATE_LIMITS.cpus - 1 }),
  entries: fc.array(fc.record({ pid, addr: hex, pfn, write: fc.boolean(), stale: fc.boolean() }), { maxLength: 4 }),
});

const lock = fc.record(
  { name: text, kind: fc.constantFrom('ptl', 'page', 'mmap', 'spinlock'), holder: text, waiters: names },
  { requiredKeys: ['name', 'kind', 'waiters'] },
);

const migrateArray = fc.record({
  name: text,
  slots: fc.array(fc.record({ index: fc.integer({ min: 0, max: 2 ** 31 - 1 }), raw: hex, pfn, flags: names }, { requiredKeys: ['index', 'raw', 'flags'] }), { maxLength: 6 }),
});

/** A well-formed StateView with hostile strings; `changed` names some of its own keys. */
export const validState: fc.Arbitrary<StateView> = fc
  .record(
    {
      step: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
      stage: text,
      processes: fc.array(processView, { maxLength: 3 }),
      pages: fc.array(page, { maxLength: 10 }),
      tlbs: fc.array(tlb, { maxLength: 2 }),
      locks: fc.array(lock, { maxLength: 4 }),
      arrays: fc.array(migrateArray, { maxLength: 2 }),
      violations: fc.array(fc.record({ invariant: text, message: text }), { maxLength: 3 }),
      changed: names,
    },
    { requiredKeys: ['step', 'processes', 'pages', 'tlbs', 'locks', 'arrays', 'violations', 'changed'] },
  )
  .chain((s) => {
    const keys = [...s.processes.flatMap((p) => p.ptes.map((e) => e.key)), ...s.pages.map((p) => p.key)];
    return (keys.length ? fc.subarray(keys) : fc.constant([] as string[])).map((picked) => ({ ...s, changed: [...s.changed, ...picked] }) as StateView);
  });

/** Values too deep for JSON.stringify; sendAsJson() sends them as markers rebuilt in the page. */
export const DEEP = new WeakMap<object, 'arrays' | 'objects'>();

/** `levels` levels of nested arrays (or objects), built without recursion. */
export function deepNest(levels: number, objects: boolean): unknown {
  let v: unknown = 0;
  for (let i = 0; i < levels; i++) v = objects ? { a: v } : [v];
  if (levels >= 1000) DEEP.set(v as object, objects ? 'objects' : 'arrays');
  return v;
}

/** Marker that stands for 10,000 levels of nesting in JSON text (see DEEP). */
export const DEEP_MARKER = { arrays: '\u0000mmstep-deep-arrays', objects: '\u0000mmstep-deep-objects' } as const;

/** JSON text of `v`, deep values replaced by their markers. */
export function toJsonWithMarkers(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'object' && x !== null && DEEP.has(x) ? DEEP_MARKER[DEEP.get(x) as 'arrays' | 'objects'] : x)) ?? 'null';
}

/** An object with an own `__proto__` key, as JSON.parse makes it. */
function protoKeyed(): unknown {
  return JSON.parse('{"__proto__": {"polluted": true, "pfn": 1, "key": "x"}, "constructor": {"prototype": {"polluted": true}}}');
}

/** Hostile replacement values (thunks: some are large). */
const HOSTILE: { name: string; make: () => unknown }[] = [
  { name: 'null', make: () => null },
  { name: 'undefined', make: () => undefined },
  { name: 'NaN', make: () => NaN },
  { name: 'Infinity', make: () => Infinity },
  { name: '-1', make: () => -1 },
  { name: '1.5', make: () => 1.5 },
  { name: '2^60', make: () => 2 ** 60 },
  { name: 'a string', make: () => '<script>window.__pwned=1</script>' },
  { name: 'a too long string', make: () => 'x'.repeat(STATE_LIMITS.string + 1) },
  { name: 'true', make: () => true },
  { name: 'an empty array', make: () => [] },
  { name: 'an empty object', make: () => ({}) },
  { name: 'a too long array', make: () => new Array(STATE_LIMITS.changed + 1).fill(0) },
  { name: 'deeply nested arrays', make: () => deepNest(10_000, false) },
  { name: 'deeply nested objects', make: () => deepNest(10_000, true) },
  { name: 'an object with a __proto__ key', make: protoKeyed },
  { name: 'an array of nulls', make: () => [null, null, null] },
];

type Seg = string | number;

/** Every path into `v` (objects and arrays), the root excluded. */
function paths(v: unknown): Seg[][] {
  const out: Seg[][] = [];
  const stack: { v: unknown; p: Seg[] }[] = [{ v, p: [] }];
  while (stack.length) {
    const { v: x, p } = stack.pop() as { v: unknown; p: Seg[] };
    if (typeof x !== 'object' || x === null) continue;
    const entries: [Seg, unknown][] = Array.isArray(x) ? x.map((e, i) => [i, e]) : Object.entries(x);
    for (const [k, e] of entries) {
      out.push([...p, k]);
      stack.push({ v: e, p: [...p, k] });
    }
  }
  return out;
}

export function pathString(p: Seg[]): string {
  return 'state' + p.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');
}

export interface Mutation {
  state: unknown;
  /** The path replaced, as the validator writes it. */
  path: string;
  what: string;
}

/** A well-formed state with the value at one path replaced by a hostile one. */
export const mutatedState: fc.Arbitrary<Mutation> = fc.tuple(validState, fc.nat(), fc.nat({ max: HOSTILE.length - 1 })).map(([s, pick, h]) => {
  const copy = JSON.parse(JSON.stringify(s)) as Record<string, unknown>;
  const all = paths(copy);
  const p = all.length ? all[pick % all.length] : ['step'];
  let parent: Record<Seg, unknown> = copy;
  for (const seg of p.slice(0, -1)) parent = parent[seg] as Record<Seg, unknown>;
  parent[p[p.length - 1]] = HOSTILE[h].make();
  return { state: copy, path: pathString(p), what: HOSTILE[h].name };
});

/** A well-formed state with extra own keys (`__proto__`, `constructor`, unknown) on its objects. */
export const extraKeysState: fc.Arbitrary<{ state: unknown; clean: StateView }> = fc.tuple(validState, fc.array(fc.nat(), { minLength: 1, maxLength: 4 })).map(([s, picks]) => {
  const clean = JSON.parse(JSON.stringify(s)) as StateView;
  const copy = JSON.parse(JSON.stringify(s)) as Record<string, unknown>;
  const objects: Record<string, unknown>[] = [copy];
  for (const p of paths(copy)) {
    let v: unknown = copy;
    for (const seg of p) v = (v as Record<Seg, unknown>)[seg];
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) objects.push(v as Record<string, unknown>);
  }
  for (const k of picks) {
    const o = objects[k % objects.length];
    Object.defineProperty(o, '__proto__', { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
    o['constructor'] = { prototype: { polluted: true } };
    o['x-unknown'] = deepNest(100, true);
  }
  return { state: copy, clean };
});

/** Anything at all: random JSON, or arbitrary JavaScript values (null prototypes, boxed values). */
export const randomValue: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue({ maxDepth: 6 }), fc.anything({ maxDepth: 4, withNullPrototype: true, withBoxedValues: true, withObjectString: true }), fc.jsonValue().map((v) => ({ step: 1, processes: v, pages: v, tlbs: [], locks: [], arrays: [], violations: [], changed: [] })));

/** How many runs: the unit suite's default, or MMSTEP_FUZZ_RUNS for a bigger run by hand. */
export function fuzzRuns(unitDefault: number): number {
  const n = Number(process.env.MMSTEP_FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : unitDefault;
}
