// The validated, typed form of a `*.mmstep.yaml` scenario, as the simulation consumes it.
// Addresses are BigInt here (they were validated as integers or hex strings); the `memory`
// section is passed through unchanged as the model's own MemorySpec (src/mm/spec.ts).
// The file format itself is documented in docs/scenario-format.md and the JSON Schema.

import type { MemorySpec } from '../mm/spec';
import type { LruState, PteKind } from '../protocol/state';
import type { Span } from './yaml-doc';

/** An argument of a C function started by the scenario (entry or extra thread). */
export type ArgSpec =
  /** A plain integer (also an address given as an integer). */
  | { kind: 'int'; value: bigint }
  /** The NULL pointer. */
  | { kind: 'null' }
  /** `struct vm_area_struct *` of process `pid` containing `addr`. */
  | { kind: 'vma'; pid: number; addr: bigint }
  /** `struct mm_struct *` of process `pid`. */
  | { kind: 'mm'; pid: number }
  /** `struct page *` mapped at (pid, addr). */
  | { kind: 'page'; pid: number; addr: bigint }
  /** `struct page *` of physical frame `pfn`. */
  | { kind: 'pfn'; pfn: number }
  /** The address of C function `name` (a selftest's variant getter, selftest-session.ts; no YAML form). */
  | { kind: 'fn'; name: string };

export interface EntrySpec {
  function: string;
  args: ArgSpec[];
  /** `user_process:` the entry runs as a user-space program of this pid (user-program.ts). */
  userProcess?: number;
}

/**
 * When an extra thread starts running:
 * - 'first': before main, until it sleeps, finishes or calls schedule();
 * - 'when-main-blocks': the first time main sleeps or calls schedule();
 * - a named point in main's execution (main is preempted there, the thread runs until it
 *   sleeps, finishes or calls schedule(), then main goes on): right after the `occurrence`-th
 *   return from a call to `afterCall` (optionally only in function `in`), or just before
 *   main executes line `line` of `file` for the `occurrence`-th time.
 */
export type ThreadStart =
  | 'first'
  | 'when-main-blocks'
  | { afterCall: string; in?: string; occurrence: number }
  | { atLine: { file: string; line: number }; occurrence: number };

/** An extra kernel thread; the entry runs as thread "main". */
export interface ThreadSpec {
  name: string;
  function: string;
  args: ArgSpec[];
  start: ThreadStart;
}

export interface ViewRange {
  pid: number;
  start: bigint;
  /** Exclusive. */
  end: bigint;
}

export interface ViewSpec {
  /** Empty: every VMA of every process is shown. */
  ranges: ViewRange[];
}

export type ExpectedOutcome = 'completed' | 'fault' | 'violation' | 'deadlock';

/** A page named by physical frame, or by the frame a PTE of (pid, addr) refers to. */
export type PageRef = { pfn: number } | { pid: number; addr: bigint };

export interface PteExpect {
  pid: number;
  addr: bigint;
  kind: PteKind;
  pfn?: number;
  /** Bits that must be set; a leading '!' means the bit must be clear (`!write`). */
  bits?: string[];
}

export interface PageExpect {
  page: PageRef;
  refcount?: number;
  mapcount?: number;
  locked?: boolean;
  lru?: LruState;
  content?: string;
  pins?: number;
  dirty?: boolean;
  /** Thread name holding PG_locked; "external" = held from outside the simulation; null = nobody. */
  lockHolder?: string | null;
  free?: boolean;
}

export interface TlbExpect {
  cpu: number;
  pid: number;
  addr: bigint;
  /** The TLB of `cpu` holds a translation of (pid, addr). */
  cached: boolean;
  /** With cached: the translation is stale. */
  stale?: boolean;
}

export interface FaultExpect {
  kind?: string;
  line?: number;
  /** Matched against the end of the fault's file path. */
  file?: string;
}

export interface ExpectSpec {
  /** Default: 'fault' if `fault` is given, 'violation' if `violations` is non-empty, else 'completed'. */
  outcome?: ExpectedOutcome;
  returns?: bigint;
  fault?: FaultExpect;
  ptes?: PteExpect[];
  pages?: PageExpect[];
  tlb?: TlbExpect[];
  /** Invariant names expected to be violated; default none. */
  violations?: string[];
  /** Text each expected to appear in the run's printf output. */
  output?: string[];
}

/** `checks:` — how the model treats code that real kernels run but is undefined by the API. */
export interface ChecksSpec {
  /** pte_pfn / pte_dirty / ... on a swap-format pte: warn and go on (default) or fault. */
  nonpresentPteHelpers?: 'warn' | 'fault';
}

export interface Scenario {
  /** Invariants switched on or off for this scenario (name → enabled); the rest are on. */
  invariants: Record<string, boolean>;
  /** `checks:` as written (absent: every check at its default). */
  checks?: ChecksSpec;
  /** The scenario file's path, as given to parseScenario. */
  path: string;
  name: string;
  description?: string;
  /** C sources, relative to the scenario file, in load order (`tree:PATH`: in the kernel tree). */
  sources: string[];
  /** `kernel_tree:` as written (a kernel tree's root, relative to the scenario file). */
  kernelTree?: string;
  entry: EntrySpec;
  memory: MemorySpec;
  threads: ThreadSpec[];
  view: ViewSpec;
  expect: ExpectSpec;
  /** JSON pointer (`/entry/function`, `/memory/processes/0/pages/2/addr`) → source span. */
  spans: Record<string, Span>;
  /** JSON pointer → span of the key naming that property. */
  keySpans: Record<string, Span>;
  /** Alias / merge redirects of the YAML (yaml-doc.ts spanAt follows them). */
  redirects?: Record<string, string[]>;
}
