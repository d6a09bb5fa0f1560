// Reads a scenario's YAML text into plain JSON data while keeping the source position of every
// node, so that schema errors, semantic errors and errors found later (by the model or the
// simulation) can all be reported at a 1-based line:column of the scenario file.
//
// Integers: YAML 1.2 parses `0x7f0000000000` as a number. Values up to 2^53 stay exact JS
// numbers; larger ones (kernel-half addresses, ~0UL) would lose precision, so they are kept as
// their source text (a hex or decimal string). Later stages convert addresses with BigInt().

import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../sim/types';

/** A JSON path: object keys and array indices from the document root. */
export type JsonPath = (string | number)[];

/** A position range, 1-based, end exclusive. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface YamlSource {
  /** The document as plain JSON data (undefined for an empty document). */
  value: unknown;
  /** JSON pointer (`/entry/args/0`) → span of the value node. */
  valueSpans: Record<string, Span>;
  /** JSON pointer → span of the key of the pair holding that value (objects only). */
  keySpans: Record<string, Span>;
  /** Syntax errors (and warnings) of the YAML itself. */
  diagnostics: Diagnostic[];
}

/** `['a', 0, 'b~/c']` → `/a/0/b~0~1c` (RFC 6901, as ajv's instancePath). */
export function toPointer(path: JsonPath): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Inverse of toPointer (array indices stay strings: callers only use this for lookups). */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `/memory/processes/0/pages/2/addr` → `memory.processes[0].pages[2].addr` */
export function pointerToDotted(pointer: string): string {
  let out = '';
  for (const seg of fromPointer(pointer)) {
    if (/^\d+$/.test(seg)) out += `[${seg}]`;
    else out += (out ? '.' : '') + seg;
  }
  return out;
}

/**
 * Convert a dotted path as used by src/mm (`memory.processes[0].pages[2].addr`) to a JSON
 * pointer (`/memory/processes/0/pages/2/addr`). A pointer is returned unchanged.
 */
export function dottedToPointer(path: string): string {
  if (path === '' || path.startsWith('/')) return path;
  const parts: string[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(m[1] ?? m[2]);
  return toPointer(parts);
}

export function parseYaml(file: string, text: string): YamlSource {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, intAsBigInt: true, prettyErrors: false, uniqueKeys: true, merge: true });
  const spanOf = (range: readonly number[] | null | undefined): Span => {
    const start = range ? range[0] : 0;
    const end = range ? Math.max(range[1], range[0]) : 0;
    const a = lc.linePos(start);
    const b = lc.linePos(end);
    return { line: Math.max(1, a.line), column: a.col, endLine: Math.max(1, b.line), endColumn: b.col };
  };

  const diagnostics: Diagnostic[] = [];
  for (const [list, severity] of [
    [doc.errors, 'error'],
    [doc.warnings, 'warning'],
  ] as const) {
    for (const e of list) {
      const s = spanOf(e.pos);
      // yaml's messages sometimes carry a trailing source excerpt after a newline; keep line one.
      const msg = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      diagnostics.push({ file, ...s, severity, message: `YAML syntax: ${msg}` });
    }
  }

  const valueSpans: Record<string, Span> = {};
  const keySpans: Record<string, Span> = {};
  const seen = new Set<unknown>();

  const convert = (node: unknown, path: JsonPath): unknown => {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const target = node.resolve(doc as Document);
      valueSpans[toPointer(path)] = spanOf(node.range);
      if (target === undefined) {
        diagnostics.push({ file, ...spanOf(node.range), severity: 'error', message: `YAML: unknown anchor *${node.source} (an anchor must be defined before it is used)` });
        return null;
      }
      // An alias cycle (`&a [*a]`) would recurse forever.
      if (seen.has(target)) return null;
      seen.add(target);
      const v = convert(target, path);
      seen.delete(target);
      valueSpans[toPointer(path)] = spanOf(node.range);
      return v;
    }
    const n = node as YamlNode;
    valueSpans[toPointer(path)] = spanOf(n.range);
    if (isMap(n)) {
      const out: Record<string, unknown> = {};
      // Merge keys (`<<: *defaults`) first, so that the map's own keys override them.
      for (const pair of n.items) {
        if (!isPair(pair) || !isMergeKey(pair.key)) continue;
        const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
        for (const srcNode of sources) {
          const target = isAlias(srcNode) ? srcNode.resolve(doc as Document) : srcNode;
          if (isAlias(srcNode) && target === undefined) {
            diagnostics.push({ file, ...spanOf(srcNode.range), severity: 'error', message: `YAML: unknown anchor *${srcNode.source} (an anchor must be defined before it is used)` });
            continue;
          }
          if (!isMap(target) || seen.has(target)) continue;
          seen.add(target);
          const merged = convert(target, path) as Record<string, unknown>;
          seen.delete(target);
          for (const [k, v] of Object.entries(merged)) if (!(k in out)) out[k] = v;
        }
        valueSpans[toPointer(path)] = spanOf(n.range);
      }
      for (const pair of n.items) {
        if (!isPair(pair) || isMergeKey(pair.key)) continue;
        const keyNode = pair.key;
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const childPath = [...path, key];
        if (isScalar(keyNode) || (keyNode && typeof keyNode === 'object' && 'range' in keyNode)) {
          keySpans[toPointer(childPath)] = spanOf((keyNode as YamlNode).range);
        }
        const v = convert(pair.value, childPath);
        if (pair.value === null || pair.value === undefined) {
          // `key:` with no value: point the value at the key.
          valueSpans[toPointer(childPath)] = keySpans[toPointer(childPath)] ?? spanOf(n.range);
        }
        out[key] = v;
      }
      return out;
    }
    if (isSeq(n)) {
      return n.items.map((item, i) => convert(item, [...path, i]));
    }
    if (isScalar(n)) {
      const v = n.value;
      if (typeof v === 'bigint') {
        if (v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(v);
        return n.source ?? (n.format === 'HEX' ? '0x' + v.toString(16) : v.toString());
      }
      if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v === null) return v;
      return String(v);
    }
    return null;
  };

  const value = doc.contents === null ? undefined : convert(doc.contents, []);
  return { value, valueSpans, keySpans, diagnostics };
}

/** A plain `<<` key: YAML's merge key. */
function isMergeKey(key: unknown): boolean {
  if (!isScalar(key) || key.type !== 'PLAIN') return false;
  const v = key.value;
  return v === '<<' || (typeof v === 'symbol' && v.description === '<<');
}

/** The span of the value at `pointer`, or of its nearest ancestor that has one. */
export function spanAt(src: Pick<YamlSource, 'valueSpans'>, pointer: string): Span {
  let p = pointer;
  for (;;) {
    const s = src.valueSpans[p];
    if (s) return s;
    if (p === '') return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

/** The span of the key of the property at `pointer` (falls back to the value's span). */
export function keySpanAt(src: Pick<YamlSource, 'valueSpans' | 'keySpans'>, pointer: string): Span {
  return src.keySpans[pointer] ?? spanAt(src, pointer);
}
