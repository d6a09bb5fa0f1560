// The JSON Schema: the checked-in file matches the TS source, and the memory part mirrors the
// model's MemorySpec type field for field (a compile error here means src/mm/spec.ts changed).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { MemorySpec, PageSpec, ProcessSpec, PteBitsSpec, ShareSpec, TlbSpec, VmaSpec } from '../../../src/mm/spec';
import { scenarioSchema } from '../../../src/scenario/schema';
import { memorySchema } from '../../../src/scenario/schema-memory';

const ROOT = path.resolve(__dirname, '../../../..');

type Fields<T> = Record<keyof T & string, true>;
const MEMORY: Fields<MemorySpec> = { cpus: true, processes: true, tlb: true, cache: true };
const PROCESS: Fields<ProcessSpec> = { pid: true, name: true, vmas: true, pages: true };
const VMA: Fields<VmaSpec> = { start: true, end: true, flags: true, anonymous: true };
const PTE: Fields<PteBitsSpec> = { write: true, dirty: true, young: true, softDirty: true, uffdWp: true };
const SHARE: Fields<ShareSpec> = { pid: true, addr: true, pte: true };
const TLB: Fields<TlbSpec> = { cpu: true, pid: true, addr: true, write: true };
const PAGE: Fields<PageSpec> = {
  addr: true,
  pfn: true,
  content: true,
  pte: true,
  dirty: true,
  lru: true,
  batchCpu: true,
  extraRefs: true,
  pins: true,
  locked: true,
  lockOwner: true,
  anonExclusive: true,
  sharedWith: true,
};

type S = { properties: Record<string, S>; items: S; required?: string[] };
const props = (s: unknown) => Object.keys((s as S).properties).sort();

describe('scenario/schema', () => {
  it('schemas/scenario.schema.json is generated from src/scenario/schema.ts', () => {
    const file = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/scenario.schema.json'), 'utf8'));
    assert.deepStrictEqual(
      file,
      JSON.parse(JSON.stringify(scenarioSchema)),
      'schemas/scenario.schema.json is stale: regenerate it with `node dist/cli.js schema > schemas/scenario.schema.json`',
    );
  });

  it("mirrors every field of the model's MemorySpec", () => {
    const m = memorySchema as unknown as S;
    assert.deepStrictEqual(props(m), Object.keys(MEMORY).sort());
    const proc = m.properties.processes.items;
    assert.deepStrictEqual(props(proc), Object.keys(PROCESS).sort());
    assert.deepStrictEqual(props(proc.properties.vmas.items), Object.keys(VMA).sort());
    const page = proc.properties.pages.items;
    assert.deepStrictEqual(props(page), Object.keys(PAGE).sort());
    assert.deepStrictEqual(props(page.properties.pte), Object.keys(PTE).sort());
    assert.deepStrictEqual(props(page.properties.sharedWith.items), Object.keys(SHARE).sort());
    assert.deepStrictEqual(props(m.properties.tlb.items), Object.keys(TLB).sort());
    // Required fields are the non-optional ones of the TS types.
    assert.deepStrictEqual(m.required, ['processes']);
    assert.deepStrictEqual(proc.required, ['pid', 'vmas']);
    assert.deepStrictEqual(page.required, ['addr']);
  });

  it('describes every property (for completion in VS Code)', () => {
    const missing: string[] = [];
    const walk = (s: unknown, where: string) => {
      if (!s || typeof s !== 'object') return;
      const o = s as Record<string, unknown>;
      for (const [k, v] of Object.entries((o.properties as Record<string, Record<string, unknown>>) ?? {})) {
        if (typeof v.description !== 'string') missing.push(`${where}.${k}`);
        walk(v, `${where}.${k}`);
      }
      if (o.items) walk(o.items, `${where}[]`);
      for (const alt of (o.anyOf as unknown[]) ?? []) walk(alt, where);
    };
    walk(scenarioSchema, '');
    assert.deepStrictEqual(missing, []);
  });
});
