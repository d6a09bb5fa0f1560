// A scenario names C functions by their C name (`entry: { function: X }`, a thread's function,
// `after-call`, `in`), but the program calls a static that two units define `X@file.c` (src/c/index.ts,
// disambiguateStatics). This resolves a scenario's name to the program's: the name itself when
// the program has it and no other unit's function shares it, the one `X@…` when only one unit
// has a function of that C name, `X@file.c` as written; several candidates are an error that
// lists them. A name the program does not have gets a "did you mean" from the program's names.

import { didYouMean } from '../scenario/suggest';

/** The program's name for scenario name `name`, or why there is none. */
export type FnLookup = { name: string } | { missing: true } | { ambiguous: string[] };

/** The renamed statics of C name `name` (`name@a.c`, `name@b.c`, …). */
export function staticsNamed(fnIndex: Record<string, number>, name: string): string[] {
  return Object.keys(fnIndex).filter((f) => f.startsWith(name + '@'));
}

export function resolveFnName(fnIndex: Record<string, number>, name: string): FnLookup {
  if (name.includes('@')) return fnIndex[name] !== undefined ? { name } : { missing: true };
  const statics = staticsNamed(fnIndex, name);
  const all = fnIndex[name] !== undefined ? [name, ...statics] : statics;
  if (all.length === 1) return { name: all[0] };
  if (!all.length) return { missing: true };
  return { ambiguous: all.sort() };
}

/** The message for a name that is not one function: the candidates to write instead. */
export function ambiguousMessage(name: string, candidates: string[]): string {
  return `C function '${name}' is ambiguous: ${candidates.length} units define it (${candidates.map((c) => `'${c}'`).join(', ')}); name one of them`;
}

/** The C names of the program's functions (`X@file.c` is also X), for suggestions. */
export function cNames(fnIndex: Record<string, number>): string[] {
  return [...new Set(Object.keys(fnIndex).flatMap((f) => (f.includes('@') ? [f, f.slice(0, f.indexOf('@'))] : [f])))];
}

/** The message for a name the program has no function of, with the nearest names it has. */
export function missingFnMessage(name: string, fnIndex: Record<string, number>, extra: Iterable<string> = [], what = "the scenario's sources"): string {
  return `no C function '${name}' in ${what}${didYouMean(name, [...cNames(fnIndex), ...extra])}`;
}
