// Reads a scenario's YAML text into plain JSON data while keeping the source position of every
// node, so that schema errors, semantic errors and errors found later (by the model or the
// simulation) can all be reported at a 1-based line:column of the scenario file.
//
// Bounded whatever the text: a size limit on the file, a nesting limit checked while the parser
// runs (before anything recursive sees the tree), the yaml library's own alias guard
// (maxAliasCount) when it builds the data, and a limit on the values the data expands to.
// Aliases and merges are resolved by the library (toJS); positions inside them are found through
// redirects (yaml-walk.ts) instead of by expanding them.
//
// Integers: YAML 1.2 parses `0x7f0000000000` as a number. Values up to 2^53 stay exact JS
// numbers; larger ones (kernel-half addresses, ~0UL) would lose precision, so they are kept as
// their source text (a hex or decimal string). Later stages convert addresses with BigInt().

import { Composer, Lexer, LineCounter, Parser, YAMLParseError } from 'yaml';
import type { Document } from 'yaml';
import { MAX_ALIAS_COUNT, walkDocument } from './yaml-walk';
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
  /** Pointer of an alias or a merging map → pointers where its data is written (see spanAt). */
  redirects: Record<string, string[]>;
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

/** Longest scenario file accepted, in characters (UTF-16 code units). */
export const MAX_SCENARIO_CHARS = 1 << 20;
/** Deepest nesting of collections accepted (the parser's stack; the examples need about 10). */
export const MAX_YAML_DEPTH = 64;
/** Values the data may expand to through aliases (what validation and the checks walk). */
export const MAX_SCENARIO_VALUES = 1_000_000;

const fmt = (n: number) => n.toLocaleString('en-US');

function emptySource(diagnostics: Diagnostic[]): YamlSource {
  return { value: undefined, valueSpans: {}, keySpans: {}, redirects: {}, diagnostics };
}

export function parseYaml(file: string, text: string): YamlSource {
  if (text.length > MAX_SCENARIO_CHARS) {
    return emptySource([
      { file, line: 1, column: 1, severity: 'error', message: `the scenario file is ${fmt(text.length)} characters long; the limit is ${fmt(MAX_SCENARIO_CHARS)} (1 MiB)` },
    ]);
  }
  const lc = new LineCounter();
  const pos = (offset: number) => {
    const p = lc.linePos(Math.max(0, offset));
    return { line: Math.max(1, p.line), column: Math.max(1, p.col) };
  };
  const spanOf = (r: { start: number; end: number } | readonly number[] | null | undefined): Span => {
    const start = r ? ('start' in r ? r.start : r[0]) : 0;
    const end = r ? ('end' in r ? r.end : Math.max(r[1], r[0])) : 0;
    const a = pos(start);
    const b = pos(end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };

  // Parse to the concrete syntax tree lexeme by lexeme, watching the parser's stack: past the
  // depth limit nothing is composed (the composer and toJS recurse once per level).
  const parser = new Parser(lc.addNewLine);
  let tooDeep = -1;
  function* tokens() {
    lc.addNewLine(0);
    for (const lexeme of new Lexer().lex(text)) {
      yield* parser.next(lexeme);
      if (parser.stack.length > MAX_YAML_DEPTH) {
        tooDeep = parser.offset;
        return;
      }
    }
    yield* parser.end();
  }
  const composer = new Composer({ intAsBigInt: true, prettyErrors: false, uniqueKeys: true, merge: true, logLevel: 'error' });
  let doc: Document | undefined;
  for (const d of composer.compose(tokens(), true, text.length)) {
    if (!doc) doc = d;
    else {
      doc.errors.push(new YAMLParseError([d.range[0], d.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; a scenario is one document'));
      break;
    }
  }
  if (tooDeep >= 0) {
    return emptySource([
      { file, ...pos(tooDeep), endLine: pos(tooDeep).line, endColumn: pos(tooDeep).column, severity: 'error', message: `YAML: nested more than ${MAX_YAML_DEPTH} levels deep` },
    ]);
  }
  if (!doc) return emptySource([]);

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
  if (doc.errors.length > 0) return emptySource(diagnostics);

  const walk = walkDocument(doc);
  const valueSpans: Record<string, Span> = {};
  const keySpans: Record<string, Span> = {};
  const redirects: Record<string, string[]> = {};
  for (const [k, r] of walk.valueRanges) valueSpans[k] = spanOf(r);
  for (const [k, r] of walk.keyRanges) keySpans[k] = spanOf(r);
  for (const [k, r] of walk.redirects) redirects[k] = r;
  for (const p of walk.problems) diagnostics.push({ file, ...spanOf(p.range), severity: 'error', message: p.message });
  const out: YamlSource = { value: undefined, valueSpans, keySpans, redirects, diagnostics };
  if (walk.problems.length > 0) return out;

  // The library builds the data and bounds alias use itself (maxAliasCount). Aliases share
  // one object, so the data is a DAG; what walks it later is bounded by the value count below.
  try {
    out.value = doc.contents === null ? undefined : doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const firstAlias = Object.keys(redirects)[0];
    const span = firstAlias !== undefined ? valueSpans[firstAlias] : spanOf(doc.contents?.range);
    diagnostics.push({ file, ...span, severity: 'error', message: `YAML: ${e instanceof Error ? e.message : String(e)}` });
    return out;
  }
  const over = firstPointerBeyond(out.value, MAX_SCENARIO_VALUES);
  if (over !== undefined) {
    diagnostics.push({
      file,
      // the outermost alias on the way (redirects not followed): the use that multiplies
      ...spanAt({ valueSpans }, over),
      severity: 'error',
      message: `the scenario expands (through its aliases) to more than ${fmt(MAX_SCENARIO_VALUES)} values; this is where the limit is reached`,
    });
    out.value = undefined;
  }
  return out;
}

/**
 * Walk the data (a DAG: shared objects are visited once per reference, as every later walk
 * does), skipping the free-form `x-` keys of the root; the pointer of the value that exceeds
 * `limit`, or undefined.
 */
function firstPointerBeyond(value: unknown, limit: number): string | undefined {
  let n = 0;
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [v, ptr] = stack.pop()!;
    if (++n > limit) return ptr;
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${ptr}/${i}`]);
    } else {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        if (ptr === '' && keys[i].startsWith('x-')) continue;
        stack.push([(v as Record<string, unknown>)[keys[i]], ptr + toPointer([keys[i]])]);
      }
    }
  }
  return undefined;
}

/** Where spans are looked up: the spans of the nodes as written, and the alias/merge redirects. */
export type SpanSource = Pick<YamlSource, 'valueSpans'> & { redirects?: Record<string, string[]> };

/**
 * The span in `table` of the data at `pointer`, following aliases and merges: when no node is
 * written at that pointer, the longest prefix that is an alias (or a merging map) is replaced by
 * where its data is written, and the lookup retried there (a bounded number of times).
 */
function lookup(table: Record<string, Span>, redirects: Record<string, string[]> | undefined, pointer: string, budget: { n: number }): Span | undefined {
  const own = table[pointer];
  if (own || !redirects || --budget.n < 0) return own;
  let cut = pointer.length;
  while (cut > 0 && (cut = pointer.lastIndexOf('/', cut - 1)) >= 0) {
    const prefix = pointer.slice(0, cut);
    for (const target of redirects[prefix] ?? []) {
      const s = lookup(table, redirects, target + pointer.slice(cut), budget);
      if (s) return s;
    }
  }
  return undefined;
}

/** The span of the value at `pointer`, or of its nearest ancestor that has one. */
export function spanAt(src: SpanSource, pointer: string): Span {
  let p = pointer;
  for (;;) {
    const s = lookup(src.valueSpans, src.redirects, p, { n: 64 });
    if (s) return s;
    if (p === '') return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

/** The span of the key of the property at `pointer` (falls back to the value's span). */
export function keySpanAt(src: SpanSource & Pick<YamlSource, 'keySpans'>, pointer: string): Span {
  return lookup(src.keySpans, src.redirects, pointer, { n: 64 }) ?? spanAt(src, pointer);
}
