// Validates scenario data against the JSON Schema and turns every error into a Diagnostic at
// the line:column of the offending YAML node. ajv's raw errors are terse and, for anyOf
// alternatives, numerous; they are simplified here into one clear message per problem.
//
// The validator is ajv standalone code generated at build time (scenario-validator.gen.ts, from
// validator-build.ts): no schema is compiled at run time, and no `new Function` runs, so it
// costs nothing at a cold start.

import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic } from '../sim/types';
import { validate as generated } from './scenario-validator.gen';
import { meant } from './suggest';
import { keySpanAt, pointerToDotted, spanAt, Span, YamlSource } from './yaml-doc';

const validator = generated as unknown as ValidateFunction;

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 80 ? v.slice(0, 77) + '...' : v)}`;
  if (typeof v === 'number' && !Number.isFinite(v)) return `the number ${String(v)}`;
  return `${typeof v} ${JSON.stringify(v)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'null',
};

/**
 * Keep one error per problem. For a failed anyOf: if exactly one alternative failed only
 * *inside* the value (the value had that alternative's shape), report that alternative's own
 * errors, which are precise; otherwise report the anyOf's `errorMessage`.
 */
export function simplifyErrors(errors: ErrorObject[]): ErrorObject[] {
  let kept = [...errors];
  const anyOfs = kept
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const alt of anyOfs) {
    if (!kept.includes(alt)) continue;
    const prefix = alt.schemaPath + '/';
    const branchErrors = kept.filter((e) => e.schemaPath.startsWith(prefix) && e.instancePath.startsWith(alt.instancePath));
    const byBranch = new Map<string, ErrorObject[]>();
    for (const e of branchErrors) {
      const b = e.schemaPath.slice(prefix.length).split('/')[0];
      byBranch.set(b, [...(byBranch.get(b) ?? []), e]);
    }
    const deep = [...byBranch.values()].filter((errs) => errs.every((e) => e.instancePath.length > alt.instancePath.length));
    kept = kept.filter((e) => !branchErrors.includes(e));
    if (deep.length === 1) {
      kept = kept.filter((e) => e !== alt);
      kept.push(...deep[0]);
    }
  }
  return kept;
}

/** ` (did you mean "x"?)` or ''. */
function around(suggestion: string): string {
  return suggestion ? ` (${suggestion})` : '';
}

function message(e: ErrorObject): { text: string; onKey: boolean; pointer: string } {
  const parent = (e.parentSchema ?? {}) as Record<string, unknown>;
  const custom = typeof parent.errorMessage === 'string' ? parent.errorMessage : undefined;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      const allowed = Object.keys((parent.properties as object | undefined) ?? {});
      return {
        text: `unknown property "${name}"` + around(meant(name, allowed, '"')) + (allowed.length ? `; expected one of: ${allowed.join(', ')}` : ''),
        onKey: true,
        pointer: `${e.instancePath}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      };
    }
    case 'required':
      return { text: `missing required property "${String(p.missingProperty)}"`, onKey: false, pointer: e.instancePath };
    case 'type': {
      const want = String(p.type)
        .split(',')
        .map((t) => TYPE_WORDS[t] ?? t)
        .join(' or ');
      return { text: custom ?? `expected ${want}, got ${describeType(e.data)}`, onKey: false, pointer: e.instancePath };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      const near = typeof e.data === 'string' ? meant(e.data, (p.allowedValues as unknown[]).filter((v): v is string => typeof v === 'string'), '"') : '';
      return { text: `${describeType(e.data)} is not allowed${around(near)}; expected one of: ${allowed}`, onKey: false, pointer: e.instancePath };
    }
    case 'pattern':
      return { text: custom ?? `${describeType(e.data)} does not match the pattern ${String(p.pattern)}`, onKey: false, pointer: e.instancePath };
    case 'minimum':
      return { text: `must be >= ${String(p.limit)}, got ${JSON.stringify(e.data)}`, onKey: false, pointer: e.instancePath };
    case 'maximum':
      return { text: `must be <= ${String(p.limit)}, got ${JSON.stringify(e.data)}`, onKey: false, pointer: e.instancePath };
    case 'maxItems':
      return { text: `may list at most ${String(p.limit)} item(s)`, onKey: false, pointer: e.instancePath };
    case 'minItems':
      return { text: `must list at least ${String(p.limit)} item(s)`, onKey: false, pointer: e.instancePath };
    case 'minLength':
      return { text: 'must not be empty', onKey: false, pointer: e.instancePath };
    case 'anyOf':
    case 'oneOf': {
      // A word close to one an alternative allows (`start: frist`): name it.
      const words = ((parent[e.keyword] as Record<string, unknown>[] | undefined) ?? []).flatMap((b) => (Array.isArray(b.enum) ? b.enum.filter((v): v is string => typeof v === 'string') : []));
      const near = typeof e.data === 'string' && words.length ? meant(e.data, words, '"') : '';
      return { text: (custom ?? `${e.message ?? 'is not valid'}`) + around(near), onKey: false, pointer: e.instancePath };
    }
    default:
      return { text: custom ?? e.message ?? 'is not valid', onKey: false, pointer: e.instancePath };
  }
}

/**
 * A mapping that misses a property is squiggled from its start to the end of its first key, not
 * over all its lines (at the top level: the whole file).
 */
function firstLineOf(src: YamlSource, pointer: string, span: Span): Span {
  if (span.endLine === span.line) return span;
  let first: Span | undefined;
  for (const [k, ks] of Object.entries(src.keySpans)) {
    if (!k.startsWith(pointer + '/') || k.indexOf('/', pointer.length + 1) >= 0) continue;
    if (!first || ks.line < first.line || (ks.line === first.line && ks.column < first.column)) first = ks;
  }
  return first && first.line === span.line ? { ...span, endLine: first.endLine, endColumn: first.endColumn } : { ...span, endLine: span.line, endColumn: span.column + 1 };
}

/** Validate `value` (from parseYaml); one Diagnostic per simplified error, in file order. */
export function validateScenarioData(file: string, src: YamlSource): Diagnostic[] {
  const validate = validator;
  if (validate(src.value)) return [];
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of simplifyErrors(validate.errors ?? [])) {
    const m = message(e);
    const where = pointerToDotted(m.pointer);
    let span: Span = m.onKey ? keySpanAt(src, m.pointer) : spanAt(src, m.pointer);
    if (e.keyword === 'required') span = firstLineOf(src, m.pointer, span);
    const text = where ? `${where}: ${m.text}` : m.text;
    const key = `${span.line}:${span.column}:${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ file, ...span, severity: 'error', message: text });
  }
  out.sort((a, b) => a.line - b.line || a.column - b.column);
  return out;
}
