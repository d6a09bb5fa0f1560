// The bounds that keep any C program — however wrong — from hanging or exhausting the process
// that interprets it: how deep calls may nest, how much interpreter memory live C objects may
// hold, and how deeply the source may nest (the compiler walks syntax trees recursively, so an
// expression of 100,000 terms would otherwise overflow the JavaScript stack). Each bound ends
// the run as a fault, or the load as a diagnostic, at the line that crossed it.

import { SimFault } from './native';

export interface MachineLimits {
  /** Frames a thread may have at once (default 10,000). */
  maxCallDepth?: number;
  /** Interpreter bytes live C objects may hold: 8 per scalar slot (default 256 MiB). */
  maxMemoryBytes?: number;
  /**
   * Functions longer than this many instructions run in the switch interpreter (default
   * GEN_MAX_INSNS; MMSTEP_GEN_MAX in the environment wins over both). Long runs of big programs
   * (a tree's hmm-tests) gain from generating everything; short ones pay the code generation.
   */
  maxGeneratedInsns?: number;
}

export const DEFAULT_MAX_CALL_DEPTH = 10_000;
export const DEFAULT_MAX_MEMORY_BYTES = 256 * 1024 * 1024;
/** What one scalar slot of interpreter memory costs, for the memory budget. */
export const SLOT_BYTES = 8;

/**
 * Syntax-tree depth the compiler accepts. Real kernel code stays below 60; C11 asks compilers
 * for 127 nested blocks and 63 nested parentheses. The compiler's deepest recursion per tree
 * level, times this, stays far inside a default Node stack (see hardening tests).
 */
export const MAX_NESTING = 400;

/** The largest object one declaration may allocate at compile time (a global array). */
export const MAX_STATIC_SLOTS = 1 << 24;

export function mib(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

export function callDepthFault(limit: number): SimFault {
  return new SimFault('call-depth', `call depth limit of ${limit} frames exceeded (runaway recursion?)`);
}

export function memoryFault(limit: number, what: string, bytes: number): SimFault {
  return new SimFault('memory-budget', `memory budget of ${mib(limit)} for C objects exceeded: ${what} needs ${bytes} more bytes`);
}

/**
 * The JavaScript stack overflowed. The nesting limit is the fix; this is the last resort for
 * what it cannot see (macro expansions nested in deep expressions), caught where one top-level
 * declaration is compiled so that the error still has a position.
 */
export function isStackOverflow(err: unknown): boolean {
  return err instanceof RangeError && /call stack/i.test(err.message);
}

export function tooDeepForCompiler(): string {
  return 'nesting too deep for the compiler (macro expansions inside deeply nested code?)';
}
