// Hide sets (Prosser's algorithm, the standard's "no rescan" rule of C11 §6.10.3.4): each token
// carries the set of macro names that must not expand it again. Sets are interned into small
// integer ids in a plain-data table, so a token holds a number, equal sets share one id, and
// the unions and intersections the expander asks for repeatedly are answered from a cache.

export interface HideSets {
  /** members[id] = the names of set `id`, sorted; id 0 is the empty set. */
  members: string[][];
  lookup: Set<string>[];
  byKey: Map<string, number>;
  /** name → (set id → set id ∪ {name}) */
  addCache: Map<string, Map<number, number>>;
  unionCache: Map<number, number>;
  interCache: Map<number, number>;
}

export function newHideSets(): HideSets {
  return { members: [[]], lookup: [new Set()], byKey: new Map([['', 0]]), addCache: new Map(), unionCache: new Map(), interCache: new Map() };
}

function intern(h: HideSets, names: string[]): number {
  const key = names.join(' ');
  let id = h.byKey.get(key);
  if (id === undefined) {
    id = h.members.length;
    h.members.push(names);
    h.lookup.push(new Set(names));
    h.byKey.set(key, id);
  }
  return id;
}

export function hsHas(h: HideSets, id: number, name: string): boolean {
  return id !== 0 && h.lookup[id].has(name);
}

/** `id` ∪ {name} */
export function hsAdd(h: HideSets, id: number, name: string): number {
  if (hsHas(h, id, name)) return id;
  let byId = h.addCache.get(name);
  if (byId === undefined) h.addCache.set(name, (byId = new Map()));
  let r = byId.get(id);
  if (r === undefined) {
    r = intern(h, h.members[id].concat(name).sort());
    byId.set(id, r);
  }
  return r;
}

function pairKey(a: number, b: number): number {
  return a < b ? a * 0x4000000 + b : b * 0x4000000 + a;
}

export function hsUnion(h: HideSets, a: number, b: number): number {
  if (a === b || b === 0) return a;
  if (a === 0) return b;
  const key = pairKey(a, b);
  let r = h.unionCache.get(key);
  if (r === undefined) {
    const set = new Set(h.members[a]);
    for (const n of h.members[b]) set.add(n);
    r = intern(h, [...set].sort());
    h.unionCache.set(key, r);
  }
  return r;
}

export function hsIntersect(h: HideSets, a: number, b: number): number {
  if (a === b) return a;
  if (a === 0 || b === 0) return 0;
  const key = pairKey(a, b);
  let r = h.interCache.get(key);
  if (r === undefined) {
    const other = h.lookup[b];
    r = intern(h, h.members[a].filter((n) => other.has(n)));
    h.interCache.set(key, r);
  }
  return r;
}
