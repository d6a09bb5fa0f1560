// The JSON Schema of a `*.mmstep.yaml` scenario. This object is the source of truth:
// schemas/scenario.schema.json (used by VS Code through `yamlValidation`) is generated from it
// with `node out/src/cli/main.js schema > schemas/scenario.schema.json` (or `mmstep schema`),
// and a unit test fails when the two drift apart.
//
// Non-standard keywords used: `errorMessage` (our message when an anyOf fails; VS Code shows it
// too), `defaultSnippets` and `markdownDescription` (VS Code completion). ajv is told to accept
// them as annotations.

import type { FaultKind } from '../c/native';
import { MAX_THREADS, MAX_VIEW_PAGES, pagesAsSize } from '../mm/limits';
import { addressSchema, JsonSchema, memorySchema, pidSchema } from './schema-memory';

const IDENT = '^[A-Za-z_][A-Za-z0-9_]*$';

/** Every kind of run-time fault (src/c/native.ts FaultKind): a misspelt one is an error, with a suggestion. */
export const FAULT_KINDS = [
  'null-deref', 'out-of-bounds', 'use-after-free', 'uninitialized', 'div-zero', 'undefined-behaviour', 'bug-on',
  'sleep-in-atomic', 'step-budget', 'call-depth', 'memory-budget', 'deadlock', 'invariant', 'bad-call', 'model', 'unsupported', 'segv',
] as const satisfies readonly FaultKind[];
// A FaultKind missing from the list above fails to compile here.
const everyFaultKind: Exclude<FaultKind, (typeof FAULT_KINDS)[number]> extends never ? true : never = true;
void everyFaultKind;

const vmaRef: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['vma'],
  properties: {
    vma: {
      type: 'object',
      additionalProperties: false,
      required: ['pid', 'addr'],
      description: '`struct vm_area_struct *` of process `pid` containing `addr`.',
      properties: { pid: pidSchema, addr: addressSchema('An address inside the VMA.') },
    },
  },
};

const mmRef: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['mm'],
  properties: { mm: { ...pidSchema, description: '`struct mm_struct *` of this process id.' } },
};

const pageRef: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['page'],
  properties: {
    page: {
      type: 'object',
      additionalProperties: false,
      required: ['pid', 'addr'],
      description: '`struct page *` mapped at page-aligned `addr` in process `pid`.',
      properties: { pid: pidSchema, addr: addressSchema('Page-aligned virtual address.') },
    },
  },
};

const pfnRef: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['pfn'],
  properties: { pfn: { type: 'integer', minimum: 0, description: '`struct page *` of this physical frame number.' } },
};

const arg: JsonSchema = {
  description:
    'A C argument: an integer, an address (hex string), null (NULL), or a model object: {vma: {pid, addr}}, {mm: pid}, {page: {pid, addr}}, {pfn: N}.',
  anyOf: [
    { type: 'integer' },
    { type: 'string', pattern: '^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$' },
    { type: 'null' },
    vmaRef,
    mmRef,
    pageRef,
    pfnRef,
  ],
  errorMessage:
    'expected an argument: an integer, a hex string, null, {vma: {pid, addr}}, {mm: pid}, {page: {pid, addr}} or {pfn: N}',
};

const args: JsonSchema = { type: 'array', items: arg, description: 'Arguments, in order.' };

/** A C name, or `name@file.c` for a static several units define (src/sim/fn-names.ts). */
const FN_NAME = '^[A-Za-z_][A-Za-z0-9_]*(@[A-Za-z0-9_.+-]+(#[0-9]+)?)?$';

const funcName: JsonSchema = {
  type: 'string',
  pattern: FN_NAME,
  errorMessage: 'expected a C function name (name@file.c for a static that several files define)',
  description: 'Name of a C function defined in one of the sources (name@file.c for a static that several files define).',
};

const thread: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'function'],
  description: 'An extra kernel thread. The entry function runs as thread "main".',
  properties: {
    name: { type: 'string', pattern: IDENT, errorMessage: 'expected a thread name (letters, digits, _)', description: 'Thread name (unique, not "main").' },
    function: funcName,
    args,
    start: {
      description:
        "When the thread starts. 'first': runs before main until it blocks, finishes or calls schedule(). 'when-main-blocks' (default): becomes ready when main first blocks or calls schedule(); then ready threads run in file order (main first). A named point in main's run — {after-call: FN, in: FUNC} (right after main returns from FN, called in FUNC) or {at-line: {file, line}} (just before main runs that line), optionally {occurrence: N} — preempts main there: the thread runs until it blocks, finishes or calls schedule(), then main goes on.",
      errorMessage: "expected 'first', 'when-main-blocks', {after-call: FN, in: FUNC} or {at-line: {file, line}} (optionally with occurrence: N)",
      oneOf: [
        { enum: ['first', 'when-main-blocks'] },
        {
          type: 'object',
          additionalProperties: false,
          required: ['after-call'],
          properties: {
            'after-call': { ...funcName, description: 'A C or kernel (native) function main calls.' },
            in: { ...funcName, description: 'Only calls made directly in this C function.' },
            occurrence: { type: 'integer', minimum: 1, description: 'The N-th such return (default 1).' },
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['at-line'],
          properties: {
            'at-line': {
              type: 'object',
              additionalProperties: false,
              required: ['file', 'line'],
              properties: {
                file: { type: 'string', description: 'A C source of the scenario, relative to the scenario file (or its file name).' },
                line: { type: 'integer', minimum: 1, description: 'A line that starts a statement.' },
              },
            },
            occurrence: { type: 'integer', minimum: 1, description: 'The N-th time main reaches the line (default 1).' },
          },
        },
      ],
    },
  },
};

const viewRange: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['pid', 'start', 'end'],
  description: 'A virtual range [start, end) of a process whose PTEs the state view shows.',
  properties: { pid: pidSchema, start: addressSchema('Page-aligned start.'), end: addressSchema('Page-aligned end (exclusive).') },
};

const pteKind = { enum: ['none', 'present', 'migration', 'device-private', 'device-exclusive', 'swap'] };

const pteExpect: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['pid', 'addr', 'kind'],
  description: 'The final state of one PTE.',
  properties: {
    pid: pidSchema,
    addr: addressSchema('Page-aligned virtual address.'),
    kind: { ...pteKind, description: 'PTE kind at the end of the run.' },
    pfn: { type: 'integer', minimum: 0, description: 'The frame the entry refers to (present, migration, device entries).' },
    bits: {
      type: 'array',
      items: { type: 'string', pattern: '^!?[a-z][a-z0-9-]*$' },
      description: 'Bits that must be set (write, dirty, young, soft-dirty, uffd-wp, ...); "!bit" means the bit must be clear.',
    },
  },
};

const pageExpect: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'The final state of one page, named by `pfn` or by the PTE at (`pid`, `addr`).',
  anyOf: [{ required: ['pfn'] }, { required: ['pid', 'addr'] }],
  errorMessage: 'a page is named by `pfn`, or by `pid` and `addr` (the frame the PTE there refers to)',
  properties: {
    pfn: { type: 'integer', minimum: 0, description: 'Physical frame number.' },
    pid: pidSchema,
    addr: addressSchema('Page-aligned virtual address; the page is the one its PTE refers to.'),
    refcount: { type: 'integer', minimum: 0, description: 'Expected page refcount.' },
    mapcount: { type: 'integer', minimum: 0, description: 'Expected mapcount (PTEs mapping the page).' },
    locked: { type: 'boolean', description: 'Expected PG_locked.' },
    lru: { enum: ['lru', 'isolated', 'batch', 'none'], description: 'Expected LRU state.' },
    content: { type: ['string', 'integer'], description: 'Expected page content (tag).' },
    pins: { type: 'integer', minimum: 0, description: 'Expected GUP pins.' },
    dirty: { type: 'boolean', description: 'Expected PG_dirty.' },
    lockHolder: { type: ['string', 'null'], description: 'Thread holding PG_locked: a thread name, "external" (held from outside the simulation), or null (nobody).' },
    free: { type: 'boolean', description: 'Expected to be freed (true) or still allocated (false).' },
  },
};

const tlbExpect: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['cpu', 'pid', 'addr', 'cached'],
  description: "Whether a CPU's TLB still caches a translation of (pid, addr) at the end.",
  properties: {
    cpu: { type: 'integer', minimum: 0, description: 'CPU number.' },
    pid: pidSchema,
    addr: addressSchema('Page-aligned virtual address.'),
    cached: { type: 'boolean', description: 'true: the TLB holds a translation for it; false: it was flushed (or never cached).' },
    stale: { type: 'boolean', description: 'With cached: true, whether the translation is stale (the PTE no longer maps that pfn).' },
  },
};

const expect: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  description: 'Expectations checked when the run ends (mmstep check).',
  properties: {
    outcome: {
      enum: ['completed', 'fault', 'violation', 'deadlock'],
      description: "How the run ends. Default: 'fault' if `fault` is given, 'violation' if `violations` is non-empty, else 'completed'.",
    },
    returns: {
      anyOf: [{ type: 'integer' }, { type: 'string', pattern: '^\\s*-?(0[xX][0-9a-fA-F]+|[0-9]+)\\s*$' }],
      errorMessage: 'expected an integer',
      description: "The entry function's return value.",
    },
    fault: {
      type: 'object',
      additionalProperties: false,
      description: 'The fault the run stops with.',
      properties: {
        kind: { enum: [...FAULT_KINDS], description: 'Fault kind: null-deref, out-of-bounds, use-after-free, bug-on, deadlock, ...' },
        line: { type: 'integer', minimum: 1, description: 'Line of the faulting statement.' },
        file: { type: 'string', description: 'File of the faulting statement (matched against the end of its path).' },
      },
    },
    ptes: { type: 'array', items: pteExpect, description: 'Final PTE states (inside the view ranges).' },
    pages: { type: 'array', items: pageExpect, description: 'Final page states.' },
    tlb: { type: 'array', items: tlbExpect, description: 'Final TLB contents (cached / flushed / stale translations).' },
    violations: {
      type: 'array',
      items: { type: 'string' },
      description: 'Invariants expected to be violated (e.g. mapcount). Default: none.',
    },
    output: { type: 'array', items: { type: 'string' }, description: 'Text expected in the printf output.' },
  },
};

export const scenarioSchema: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'mmstep scenario',
  description: 'A scenario for mmstep: C sources, entry point, initial memory state, threads, view and expectations.',
  type: 'object',
  additionalProperties: false,
  required: ['name', 'sources', 'entry', 'memory'],
  patternProperties: {
    '^x-': { description: 'Free-form: a place for YAML anchors (`x-page: &page {...}`) merged elsewhere with `<<: *page`.' },
  },
  properties: {
    $schema: { type: 'string', description: 'Schema reference for editors.' },
    name: { type: 'string', minLength: 1, description: 'Short name shown by the CLI and the debugger.' },
    description: { type: 'string', description: 'What the scenario shows, in the kernel\u2019s terms.' },
    sources: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', pattern: '\\.[ch]$', errorMessage: 'expected a path to a .c or .h file' },
      description:
        'C files to load, relative to the scenario file. `tree:mm/migrate_device.c` names a file of the kernel tree (kernel_tree, or the CLI\u2019s --kernel-tree); a file inside any kernel tree (a directory whose top Makefile sets VERSION and PATCHLEVEL) is compiled unmodified against mmstep\u2019s compatibility headers for that version.',
    },
    kernel_tree: {
      type: 'string',
      minLength: 1,
      description:
        'A Linux kernel tree (the directory with its top Makefile), absolute or relative to the scenario file; `$VAR` and `${VAR}` name environment variables. Sources written `tree:PATH` are read from it, unmodified. The CLI\u2019s --kernel-tree overrides it.',
    },
    entry: {
      type: 'object',
      additionalProperties: false,
      required: ['function'],
      description: 'The function the "main" thread runs, and its arguments.',
      properties: {
        function: funcName,
        args,
        user_process: {
          type: 'integer',
          minimum: 1,
          description:
            "Run the entry function as a user-space program of this process (a pid of memory.processes): its loads and stores go through the process's TLB and page tables, a fault runs the kernel's fault path (kernel/mm/memory.c) as C you can step through, and mmap, munmap, mprotect, madvise, malloc and free are system calls and libc of that process (the process gets a malloc heap).",
        },
      },
    },
    memory: memorySchema,
    invariants: {
      type: 'object',
      description:
        'Switch invariants on (true) or off (false) for this scenario; the rest stay on. Names: mapcount, refcount, migration-entry-locked, freed-page-referenced, lost-write, stale-tlb-use, deadlock, leak (checked when the run ends: no page locked, isolated or referenced beyond its mappings).',
      additionalProperties: { type: 'boolean' },
    },
    checks: {
      type: 'object',
      additionalProperties: false,
      description: 'How the model treats code that real kernels run although the API leaves it undefined.',
      properties: {
        nonpresent_pte_helpers: {
          enum: ['warn', 'fault'],
          description:
            'A present-pte helper (pte_pfn, pte_write, pte_dirty, pte_young, pte_soft_dirty, pte_uffd_wp) applied to a swap-format pte (migration, device-private or swap entry). `warn` (default): a warning at the line, once per helper and line with a count, and the helper returns what x86-64 kernel code computes on that bit pattern. `fault`: an undefined-behaviour fault at the line.',
        },
      },
    },
    threads: { type: 'array', items: thread, maxItems: MAX_THREADS, description: `Extra kernel threads besides "main" (at most ${MAX_THREADS}).` },
    view: {
      type: 'object',
      additionalProperties: false,
      description: 'What the state view shows.',
      properties: {
        ranges: {
          type: 'array',
          items: viewRange,
          description: `Ranges whose PTEs are shown, at most ${MAX_VIEW_PAGES} pages (${pagesAsSize(MAX_VIEW_PAGES)}) together. Default: every populated PTE of every VMA.`,
        },
      },
    },
    expect,
  },
};
