// One pass over a composed YAML document, in document order and without expanding aliases, that
// records the source span of every node under its JSON pointer and checks what the `yaml`
// library's toJS would otherwise reject late and without a position (or accept and build
// something harmful): mapping keys that are not scalars (complex keys, and `<<` merges inside
// them), merges of anything but mappings, aliases to an unknown anchor or to their own enclosing
// node (a cycle), and alias use beyond yaml's `maxAliasCount` guard (replicated here only to
// point at the alias; toJS enforces the same limit). The walk is iterative, so its cost is the
// size of the text, whatever the nesting or the aliases.
//
// Aliases and merges are not expanded: a pointer that goes through one is recorded as a
// redirect (alias pointer → pointer of its anchor's node; merging map → pointers of its merge
// sources), which spanAt (yaml-doc.ts) follows lazily when a diagnostic needs a position.

import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';

/** yaml's maxAliasCount for toJS: alias uses × aliases each use expands. */
export const MAX_ALIAS_COUNT = 1000;
/** Nodes merge keys (`<<`) may copy in a whole document (toJS rebuilds each merged mapping). */
export const MAX_MERGED_NODES = 200_000;

export interface WalkSpan {
  start: number;
  end: number;
}

export interface WalkProblem {
  range: WalkSpan;
  message: string;
}

export interface WalkResult {
  /** JSON pointer → [start, end) offsets of the value node. */
  valueRanges: Map<string, WalkSpan>;
  /** JSON pointer → offsets of the key naming that value. */
  keyRanges: Map<string, WalkSpan>;
  /** Pointer of an alias or a merging map → pointers where the data it stands for is written. */
  redirects: Map<string, string[]>;
  problems: WalkProblem[];
}

type Item =
  | { kind: 'node'; node: unknown; ptr: string }
  | { kind: 'pair'; pair: unknown; ptr: string }
  | { kind: 'exit'; node: unknown };

interface AliasData {
  count: number;
  aliasCount: number;
}

function child(ptr: string, seg: string | number): string {
  return ptr + '/' + String(seg).replace(/~/g, '~0').replace(/\//g, '~1');
}

function rangeOf(n: unknown): WalkSpan {
  const r = (n as { range?: readonly number[] | null } | null)?.range;
  return r ? { start: r[0], end: Math.max(r[0], r[1]) } : { start: 0, end: 0 };
}

/** A plain `<<` key: YAML's merge key. */
export function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  const v = key.value;
  if (typeof v === 'symbol') return v.description === '<<';
  return v === '<<' && key.type === 'PLAIN';
}

/** The property name toJS gives a scalar key. */
function keyString(key: unknown): string {
  if (key === null || key === undefined) return '';
  const v = isScalar(key) ? key.value : key;
  return v === null || v === undefined ? '' : String(v);
}

/**
 * Scalars as plain JSON values, in place (aliases share the node, so each is converted once):
 * integers beyond 2^53 keep their source text (a hex or decimal string; later stages use
 * BigInt()), anything that is not a JSON scalar becomes its string.
 */
function normaliseScalar(n: YamlNode): void {
  if (!isScalar(n)) return;
  const v = n.value;
  if (typeof v === 'bigint') {
    if (v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) n.value = Number(v);
    else n.value = n.source ?? (n.format === 'HEX' ? '0x' + v.toString(16) : v.toString());
  } else if (!(typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v === null)) {
    n.value = String(v);
  }
}

export function walkDocument(doc: Document): WalkResult {
  const valueRanges = new Map<string, WalkSpan>();
  const keyRanges = new Map<string, WalkSpan>();
  const redirects = new Map<string, string[]>();
  const problems: WalkProblem[] = [];
  const anchors = new Map<string, { node: YamlNode; ptr: string }>();
  const open = new Set<unknown>();
  const aliasData = new Map<unknown, AliasData>();
  const sizes = new Map<unknown, number>();
  let merged = 0;
  let tooMany = false;
  const problem = (n: unknown, message: string): void => {
    problems.push({ range: rangeOf(n), message });
  };

  /** yaml's getAliasCount: the largest expansion an alias inside `node` stands for (1 for none). */
  const aliasCountOf = (node: unknown, depth: number): number => {
    if (depth > 200) return 1;
    if (isAlias(node)) {
      const t = anchors.get(node.source);
      const d = t && aliasData.get(t.node);
      return d ? d.count * d.aliasCount : 0;
    }
    if (isMap(node) || isSeq(node)) {
      let c = 0;
      for (const it of node.items as unknown[]) c = Math.max(c, aliasCountOf(it, depth + 1));
      return c;
    }
    if (isPair(node)) return Math.max(aliasCountOf(node.key, depth + 1), aliasCountOf(node.value, depth + 1));
    return 1;
  };

  /** Nodes (not counting what aliases stand for) below and including `node`. */
  const sizeOf = (node: unknown): number => {
    const known = sizes.get(node);
    if (known !== undefined) return known;
    let n = 0;
    const stack: unknown[] = [node];
    while (stack.length) {
      const x = stack.pop();
      n++;
      if (isMap(x) || isSeq(x)) for (const it of x.items as unknown[]) stack.push(it);
      else if (isPair(x)) stack.push(x.key, x.value);
    }
    sizes.set(node, n);
    return n;
  };

  /** An alias in use: its anchor's node, or undefined after reporting why there is none. */
  const useAlias = (a: YamlNode & { source: string }): { node: YamlNode; ptr: string } | undefined => {
    const t = anchors.get(a.source);
    if (!t) {
      problem(a, `YAML: unknown anchor *${a.source} (an anchor must be defined before it is used)`);
      return undefined;
    }
    if (open.has(t.node)) {
      problem(a, `YAML: alias *${a.source} refers to a node that contains it (a cycle)`);
      return undefined;
    }
    let d = aliasData.get(t.node);
    // yaml counts the anchor itself: an anchor used once has count 2.
    if (!d) aliasData.set(t.node, (d = { count: 1, aliasCount: 0 }));
    d.count++;
    if (d.aliasCount === 0) d.aliasCount = aliasCountOf(t.node, 0);
    if (d.count * d.aliasCount > MAX_ALIAS_COUNT) {
      if (tooMany) return undefined;
      tooMany = true;
      problem(
        a,
        `YAML: too many aliases: this is use ${d.count - 1} of *${a.source}, which stands for ${d.aliasCount} alias expansion(s); at most ${MAX_ALIAS_COUNT} are allowed (yaml's maxAliasCount)`,
      );
      return undefined;
    }
    return t;
  };

  /**
   * Check the value of a `<<` key and record where the merged keys come from. The value's own
   * nodes are walked like any other (aliases inside it counted there); only a top-level alias
   * is used here.
   */
  const mergeSources = (value: unknown, mapPtr: string, key: unknown): void => {
    const own = child(mapPtr, '<<');
    const bad = 'YAML: a merge (<<) takes a mapping, an alias of one, or a list of them';
    let list: { node: unknown; ptr: string }[];
    if (isAlias(value)) {
      const t = useAlias(value);
      if (!t) return;
      if (isSeq(t.node)) list = (t.node.items as unknown[]).map((it, i) => ({ node: it, ptr: child(t.ptr, i) }));
      else if (isMap(t.node)) list = [{ node: t.node, ptr: t.ptr }];
      else return problem(value, `${bad}; *${value.source} is neither`);
    } else if (isSeq(value)) {
      list = (value.items as unknown[]).map((it, i) => ({ node: it, ptr: child(own, i) }));
    } else if (isMap(value)) {
      list = [{ node: value, ptr: own }];
    } else {
      return problem(value ?? key, bad);
    }
    const targets: string[] = [];
    for (const src of list) {
      let node = src.node;
      let ptr = src.ptr;
      if (isAlias(node)) {
        const t = anchors.get(node.source);
        if (!t || open.has(t.node)) continue; // reported where the alias is walked
        node = t.node;
        ptr = t.ptr;
      }
      if (!isMap(node)) {
        problem(src.node, `${bad}; this item is not a mapping`);
        continue;
      }
      targets.push(ptr);
      merged += sizeOf(node);
    }
    if (merged > MAX_MERGED_NODES) problem(value, `YAML: merge keys (<<) copy more than ${MAX_MERGED_NODES.toLocaleString('en-US')} nodes in this file`);
    if (targets.length) redirects.set(mapPtr, [...(redirects.get(mapPtr) ?? []), ...targets]);
  };

  const stack: Item[] = [];
  if (doc.contents !== null && doc.contents !== undefined) stack.push({ kind: 'node', node: doc.contents, ptr: '' });
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.kind === 'exit') {
      open.delete(item.node);
      continue;
    }
    if (item.kind === 'pair') {
      const pair = item.pair;
      if (!isPair(pair)) continue;
      const key = pair.key;
      if (key !== null && key !== undefined && !isScalar(key)) {
        problem(key, isAlias(key) ? 'YAML: an alias cannot be a mapping key here; keys are plain names' : 'YAML: a mapping key must be a plain name (a scalar), not a list or a mapping');
        continue;
      }
      if (isScalar(key) && key.anchor) anchors.set(key.anchor, { node: key, ptr: item.ptr });
      if (isMergeKey(key)) {
        // The merge's own nodes are written under `<ptr>/<<`, a name no scenario key can have.
        if (pair.value !== null && pair.value !== undefined && !isAlias(pair.value)) stack.push({ kind: 'node', node: pair.value, ptr: child(item.ptr, '<<') });
        mergeSources(pair.value, item.ptr, key);
        continue;
      }
      const ptr = child(item.ptr, keyString(key));
      if (key) keyRanges.set(ptr, rangeOf(key));
      if (pair.value === null || pair.value === undefined) {
        // `key:` with no value: point the value at the key.
        valueRanges.set(ptr, key ? rangeOf(key) : valueRanges.get(item.ptr) ?? { start: 0, end: 0 });
        continue;
      }
      stack.push({ kind: 'node', node: pair.value, ptr });
      continue;
    }
    const n = item.node as YamlNode;
    if (n === null || n === undefined) continue;
    if (!valueRanges.has(item.ptr)) valueRanges.set(item.ptr, rangeOf(n));
    if (isAlias(n)) {
      const t = useAlias(n);
      if (t) redirects.set(item.ptr, [t.ptr]);
      continue;
    }
    if ('anchor' in n && typeof n.anchor === 'string' && n.anchor) anchors.set(n.anchor, { node: n, ptr: item.ptr });
    if (isScalar(n)) {
      normaliseScalar(n);
      continue;
    }
    if (isMap(n) || isSeq(n)) {
      open.add(n);
      stack.push({ kind: 'exit', node: n });
      const items = n.items as unknown[];
      for (let i = items.length - 1; i >= 0; i--) {
        if (isMap(n)) stack.push({ kind: 'pair', pair: items[i], ptr: item.ptr });
        else stack.push({ kind: 'node', node: items[i], ptr: child(item.ptr, i) });
      }
    }
  }
  return { valueRanges, keyRanges, redirects, problems };
}
