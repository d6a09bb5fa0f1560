// JSON Schema fragments for the `memory:` section of a scenario. They mirror the model's own
// MemorySpec type (src/mm/spec.ts) field for field — keep the two in sync: the model engineer
// owns the type, this file only describes it for VS Code completion and for ajv validation.
// Subschemas are plain objects reused by value (no $ref) so that ajv's schemaPath of an error
// inside an anyOf branch stays a prefix path, which the error simplifier relies on.

import { MAX_CPUS, MAX_PROCESSES, MAX_RESIDENT_PAGES, MAX_VMAS_PER_PROCESS } from '../mm/limits';

export type JsonSchema = Record<string, unknown>;

/** Same text forms as src/mm/spec.ts parseAddr accepts. */
export const ADDR_PATTERN = '^\\s*(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$';

export function addressSchema(description: string): JsonSchema {
  return {
    description,
    anyOf: [
      { type: 'integer', minimum: 0 },
      { type: 'string', pattern: ADDR_PATTERN },
    ],
    errorMessage: 'expected an address: an integer or a hex string such as "0x7f0000000000"',
    defaultSnippets: [{ body: '0x${1:7f0000000000}' }],
  };
}

export const pidSchema: JsonSchema = {
  type: 'integer',
  minimum: 1,
  description: 'Process id of a process listed under memory.processes.',
};

const pteBits: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'Bits of the present PTE that maps the page.',
  properties: {
    write: {
      type: 'boolean',
      description: 'Writable. Default: true iff the VMA has VM_WRITE and the page is not shared (fork shares read-only).',
    },
    dirty: { type: 'boolean', description: 'Hardware dirty bit. Default false.' },
    young: { type: 'boolean', description: 'Accessed bit. Default true (the page was touched).' },
    softDirty: { type: 'boolean', description: 'Soft-dirty (present-PTE bit position). Default false.' },
    uffdWp: { type: 'boolean', description: 'userfaultfd write-protect. Default false.' },
  },
};

const share: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['pid', 'addr'],
  description: 'Another mapping of the same physical page (fork-style sharing).',
  properties: {
    pid: pidSchema,
    addr: addressSchema('Page-aligned virtual address in that process (a VMA must cover it).'),
    pte: pteBits,
  },
};

const page: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['addr'],
  description: 'A resident page mapped at `addr` in this process.',
  properties: {
    addr: addressSchema('Page-aligned virtual address the page is mapped at.'),
    pfn: {
      type: 'integer',
      minimum: 0,
      description: 'Explicit physical frame number. Default: allocated upwards from 0x100.',
    },
    content: {
      type: ['string', 'integer'],
      description: 'The data the page holds (a tag). Default `<pid>:<addr hex>`.',
    },
    pte: pteBits,
    dirty: { type: 'boolean', description: 'PG_dirty. Default false.' },
    lru: {
      enum: ['lru', 'batch', 'isolated', 'none'],
      description:
        "Where the page is w.r.t. the LRU. Default 'lru'. 'batch': still in a per-CPU LRU add batch (holds one extra reference until drained). 'isolated': someone else (reclaim, compaction) isolated it (holds one extra reference).",
    },
    batchCpu: { type: 'integer', minimum: 0, description: "CPU whose add batch holds the page when lru is 'batch'. Default 0." },
    extraRefs: { type: 'integer', minimum: 0, description: 'Extra plain references (a concurrent get_page). Default 0.' },
    pins: { type: 'integer', minimum: 0, description: 'GUP pins (each adds one reference). Default 0.' },
    locked: { type: 'boolean', description: 'PG_locked already held by someone (e.g. another migration). Default false.' },
    lockOwner: {
      type: 'integer',
      minimum: 0,
      description: 'Thread id of the lock holder when locked; 0 (default) = a holder outside the simulation.',
    },
    anonExclusive: {
      type: 'boolean',
      description: 'PG_anon_exclusive. Default: true for an anonymous page that is not shared.',
    },
    sharedWith: {
      type: 'array',
      items: share,
      description: 'The same page mapped in other processes (they must list a VMA covering the address).',
    },
  },
};

const vma: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['start', 'end'],
  description: 'A virtual memory area [start, end).',
  properties: {
    start: addressSchema('Page-aligned start address.'),
    end: addressSchema('Page-aligned end address (exclusive).'),
    flags: {
      type: 'array',
      items: { enum: ['VM_READ', 'VM_WRITE', 'VM_EXEC', 'VM_SHARED'] },
      description: "VMA flags. Default ['VM_READ', 'VM_WRITE'].",
    },
    anonymous: { type: 'boolean', description: 'Anonymous (true, default) or file-backed (false).' },
  },
};

const processSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['pid', 'vmas'],
  description: 'A process (an mm_struct) with its VMAs and resident pages.',
  properties: {
    pid: pidSchema,
    name: { type: 'string', description: 'Default `proc<pid>`.' },
    vmas: { type: 'array', items: vma, maxItems: MAX_VMAS_PER_PROCESS, description: `The VMAs of the process (at most ${MAX_VMAS_PER_PROCESS}).` },
    pages: {
      type: 'array',
      items: page,
      description: `Resident pages, each mapped by a present PTE (at most ${MAX_RESIDENT_PAGES} mappings in all processes, sharedWith included).`,
    },
  },
};

const tlb: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['cpu', 'pid', 'addr'],
  description: "A translation cached in a CPU's TLB; its pfn is the one currently mapped at (pid, addr).",
  properties: {
    cpu: { type: 'integer', minimum: 0, description: 'CPU number.' },
    pid: pidSchema,
    addr: addressSchema('Page-aligned virtual address.'),
    write: { type: 'boolean', description: "Writable translation. Default: the PTE's write bit." },
  },
};

/** The `memory:` section (src/mm/spec.ts MemorySpec). */
export const memorySchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['processes'],
  description: 'The initial memory state: processes, their VMAs and resident pages, TLB contents.',
  properties: {
    cpus: { type: 'integer', minimum: 1, maximum: MAX_CPUS, description: `Number of CPUs (TLBs, LRU add batches), at most ${MAX_CPUS}. Default 1.` },
    processes: { type: 'array', items: processSchema, maxItems: MAX_PROCESSES, description: `The processes of the scenario (at most ${MAX_PROCESSES}).` },
    tlb: { type: 'array', items: tlb, description: 'Translations cached in CPU TLBs at the start.' },
    cache: {
      enum: ['none', 'vivt'],
      description:
        "CPU data caches: 'none' (default, x86-like) or 'vivt': a virtually indexed write-back cache per CPU; user stores stay in it until flush_cache_page or a range flush (munmap, madvise, mprotect, mremap, fork) writes them back (bug 3.2).",
    },
  },
};
