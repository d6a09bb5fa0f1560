// Completion and hover for `*.mmstep.yaml` from the scenario's own JSON Schema (schema.ts), so
// the editor helps without any YAML extension: the keys allowed at the cursor (not those already
// written), enum values, true/false, snippets for a process, a VMA and a page, the C functions of
// the scenario's sources for `entry.function` and the other function names, its C files for
// `at-line`, invariant names; hover shows the schema's description of a key. Pure: the extension
// turns these items into vscode.CompletionItems.

import { INVARIANTS } from '../mm/invariants';
import { scenarioSchema } from './schema';
import type { JsonSchema } from './schema-memory';
import { cursorContext, CursorContext } from './yaml-context';
import { keySpanAt, parseYaml, fromPointer, JsonPath, Span } from './yaml-doc';

export type CompletionKind = 'property' | 'value' | 'snippet' | 'function' | 'file' | 'enum';

export interface Completion {
  label: string;
  kind: CompletionKind;
  /** Snippet text (VS Code syntax: ${1:x}, $0). */
  insert: string;
  detail?: string;
  documentation?: string;
}

/** What the scenario's C sources offer to complete. */
export interface SourceFacts {
  /** C function names defined in the sources. */
  functions: string[];
  /** The sources as written in the scenario (for at-line file). */
  files: string[];
}

function expand(s: JsonSchema | undefined): JsonSchema[] {
  if (!s || typeof s !== 'object') return [];
  const alts = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  return alts ? [s, ...alts.flatMap(expand)] : [s];
}

/** The schemas that may describe the value at `path` (all alternatives of anyOf / oneOf). */
export function schemasAt(path: JsonPath, root: JsonSchema = scenarioSchema): JsonSchema[] {
  let cur = expand(root);
  for (const seg of path) {
    const next: JsonSchema[] = [];
    for (const s of cur) {
      if (typeof seg === 'number' || /^\d+$/.test(String(seg))) {
        if (s.items && typeof s.items === 'object') next.push(...expand(s.items as JsonSchema));
        continue;
      }
      const props = s.properties as Record<string, JsonSchema> | undefined;
      if (props && Object.prototype.hasOwnProperty.call(props, seg)) next.push(...expand(props[seg]));
      else if (s.patternProperties && typeof s.patternProperties === 'object') {
        for (const [re, ps] of Object.entries(s.patternProperties as Record<string, JsonSchema>)) if (new RegExp(re).test(String(seg))) next.push(...expand(ps));
      }
      if (!(props && seg in props) && s.additionalProperties && typeof s.additionalProperties === 'object') next.push(...expand(s.additionalProperties as JsonSchema));
    }
    cur = next;
  }
  return cur;
}

function describe(s: JsonSchema[]): string | undefined {
  for (const x of s) {
    const d = (x.markdownDescription ?? x.description) as string | undefined;
    if (typeof d === 'string') return d;
  }
  return undefined;
}

function typesOf(s: JsonSchema[]): Set<string> {
  const out = new Set<string>();
  for (const x of s) {
    const t = x.type;
    if (typeof t === 'string') out.add(t);
    else if (Array.isArray(t)) for (const y of t) out.add(String(y));
    if (x.properties) out.add('object');
    if (x.items) out.add('array');
  }
  return out;
}

/** `key: `, or `key:` and a new line for a mapping or a list. */
function keyInsert(key: string, s: JsonSchema[]): string {
  const t = typesOf(s);
  if (t.size === 1 && t.has('object')) return `${key}:\n  $0`;
  if (t.size === 1 && t.has('array')) {
    const items = s.flatMap((x) => expand(x.items as JsonSchema));
    return items.length ? `${key}:\n  - $0` : `${key}: [$0]`;
  }
  return `${key}: $0`;
}

const FUNCTION_KEYS = new Set(['function', 'after-call', 'in']);

/** Snippets for a list item, by the list's key. */
const ITEM_SNIPPETS: Record<string, { label: string; body: string; detail: string }> = {
  processes: { label: 'process', detail: 'a process with one VMA and one page', body: 'pid: ${1:1}\nname: ${2:app}\nvmas:\n  - { start: ${3:0x7f0000000000}, end: ${4:0x7f0000004000} }\npages:\n  - { addr: ${3:0x7f0000000000}, content: ${5:10} }$0' },
  vmas: { label: 'vma', detail: 'a VMA [start, end)', body: '{ start: ${1:0x7f0000000000}, end: ${2:0x7f0000004000} }$0' },
  pages: { label: 'page', detail: 'a resident page', body: '{ addr: ${1:0x7f0000000000}, pfn: ${2:0x100}, content: ${3:10} }$0' },
  threads: { label: 'thread', detail: 'an extra kernel thread', body: 'name: ${1:cpu1}\nfunction: ${2}\nstart: ${3|when-main-blocks,first|}$0' },
};

/** The completions at 0-based (line, character) of a scenario's text. */
export function completionsAt(text: string, line: number, character: number, facts: SourceFacts = { functions: [], files: [] }): { context: CursorContext; items: Completion[] } {
  const ctx = cursorContext(text, line, character);
  return { context: ctx, items: completionsFor(ctx, facts) };
}

export function completionsFor(ctx: CursorContext, facts: SourceFacts): Completion[] {
  const out: Completion[] = [];
  const schemas = schemasAt(ctx.path);
  const last = ctx.path[ctx.path.length - 1];
  const parentKey = [...ctx.path].reverse().find((p) => typeof p === 'string');
  if (ctx.kind === 'key') {
    // A list item that is a scalar (sources, flags, violations): its values.
    const objectLike = schemas.some((s) => s.properties || s.additionalProperties || s.type === 'object');
    if (!objectLike && typeof last === 'number') return valuesFor(schemas, ctx, facts, out);
    if (ctx.item && typeof last === 'number' && typeof parentKey === 'string' && ITEM_SNIPPETS[parentKey]) {
      const sn = ITEM_SNIPPETS[parentKey];
      out.push({ label: sn.label, kind: 'snippet', insert: sn.body, detail: sn.detail });
    }
    if (ctx.path.length === 1 && ctx.path[0] === 'invariants') {
      for (const inv of INVARIANTS) if (!ctx.siblings.includes(inv.name)) out.push({ label: inv.name, kind: 'property', insert: `${inv.name}: \${1|false,true|}`, documentation: inv.description });
      return out;
    }
    const seen = new Set<string>(ctx.siblings);
    for (const s of schemas) {
      const props = s.properties as Record<string, JsonSchema> | undefined;
      for (const [k, ps] of Object.entries(props ?? {})) {
        if (seen.has(k) || k === '$schema') continue;
        seen.add(k);
        const sub = expand(ps);
        const required = Array.isArray(s.required) && (s.required as string[]).includes(k);
        out.push({ label: k, kind: 'property', insert: keyInsert(k, sub), ...(required ? { detail: 'required' } : {}), ...(describe(sub) ? { documentation: describe(sub) } : {}) });
      }
    }
    return out;
  }
  return valuesFor(schemas, ctx, facts, out);
}

function valuesFor(schemas: JsonSchema[], ctx: CursorContext, facts: SourceFacts, out: Completion[]): Completion[] {
  const last = ctx.path[ctx.path.length - 1];
  const key = [...ctx.path].reverse().find((p) => typeof p === 'string');
  const seen = new Set<string>();
  const add = (c: Completion): void => {
    if (seen.has(c.label)) return;
    seen.add(c.label);
    out.push(c);
  };
  if (typeof last === 'string' && FUNCTION_KEYS.has(last) && !(ctx.path.length === 1)) {
    for (const f of facts.functions) add({ label: f, kind: 'function', insert: f, detail: 'C function of the scenario' });
  }
  if (key === 'file' && ctx.path.includes('at-line')) {
    for (const f of facts.files) add({ label: f, kind: 'file', insert: f });
  }
  if (key === 'violations') for (const inv of INVARIANTS) add({ label: inv.name, kind: 'enum', insert: inv.name, documentation: inv.description });
  for (const s of schemas) {
    for (const v of (s.enum as unknown[] | undefined) ?? []) add({ label: String(v), kind: 'enum', insert: String(v), ...(describe([s]) ? { documentation: describe([s]) } : {}) });
    if (s.type === 'boolean') for (const b of ['true', 'false']) add({ label: b, kind: 'value', insert: b });
    for (const sn of (s.defaultSnippets as { body?: unknown; label?: string }[] | undefined) ?? []) {
      if (typeof sn.body === 'string') add({ label: sn.label ?? sn.body.replace(/\$\{\d+:([^}]*)\}/g, '$1'), kind: 'snippet', insert: sn.body });
    }
  }
  return out;
}

/** The C functions a source defines (a definition: a name and `(` at the start of a line, a body after). */
export function cFunctionDefinitions(text: string): string[] {
  const out = new Set<string>();
  const noComments = text.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/\/\/[^\n]*/g, '');
  const re = /^(?!#)(?:[A-Za-z_][\w]*[\s*]+)+?\**([A-Za-z_]\w*)\s*\(([^;{]*?)\)\s*(?:__\w+(?:\([^)]*\))?\s*)*\{/gm;
  for (const m of noComments.matchAll(re)) {
    const name = m[1];
    if (!/^(if|while|for|switch|return|sizeof|do|else)$/.test(name) && !/^\s/.test(m[0])) out.add(name);
  }
  return [...out];
}

/** Hover for the key at 0-based (line, character): its dotted path and the schema's description. */
export function hoverAt(text: string, line: number, character: number): { text: string; span: Span } | undefined {
  const src = parseYaml('hover', text);
  const l = line + 1;
  const c = character + 1;
  const inside = (s: Span) => (s.line < l || (s.line === l && s.column <= c)) && (s.endLine > l || (s.endLine === l && s.endColumn >= c));
  for (const [ptr, span] of Object.entries(src.keySpans)) {
    if (!inside(span)) continue;
    const path = fromPointer(ptr);
    const d = describe(schemasAt(path));
    if (!d) return undefined;
    return { text: `**${path.filter((p) => !/^\d+$/.test(p)).join('.')}**\n\n${d}`, span: keySpanAt(src, ptr) };
  }
  return undefined;
}
