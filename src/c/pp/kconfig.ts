// Kconfig for the preprocessor: a table of options (`CONFIG_X: 'y' | 'm' | 'n' | value`) becomes
// the defines an autoconf header would make, and KCONFIG_MACROS is mmstep's own text of the
// IS_ENABLED family, written for mmstep with the technique kconfig.h is known for, as ordinary
// macros: pasting a prefix onto the option's value turns exactly `1` into a macro that expands
// to a comma, which shifts the "yes" value into the second-argument slot; any other spelling
// (an undefined option stays a name) leaves the "no" value there.

import { predefine } from './macros';
import type { PPState } from './state';

export const KCONFIG_MACROS = `
#define __mm_one_1 ,
#define __mm_second(skip, keep, ...) keep
#define __mm_choose(marker, yes, no) __mm_second(marker yes, no)
#define __mm_is_one(v) __mm_choose(__mm_one_##v, 1, 0)
#define __is_defined(x) __mm_is_one(x)
#define __mm_or(a, b) __mm_or_(a, b)
#define __mm_or_(a, b) __mm_choose(__mm_one_##a, 1, b)
#define __mm_and(a, b) __mm_and_(a, b)
#define __mm_and_(a, b) __mm_choose(__mm_one_##a, b, 0)
#define IS_BUILTIN(option) __is_defined(option)
#define IS_MODULE(option) __is_defined(option##_MODULE)
#define IS_ENABLED(option) __mm_or(IS_BUILTIN(option), IS_MODULE(option))
#define IS_REACHABLE(option) __mm_or(IS_BUILTIN(option), __mm_and(IS_MODULE(option), __is_defined(MODULE)))
`;

export function applyKconfig(st: PPState, table: Readonly<Record<string, string | number | boolean>>): void {
  for (const [key, raw] of Object.entries(table)) {
    const name = key.startsWith('CONFIG_') ? key : 'CONFIG_' + key;
    const v = typeof raw === 'boolean' ? (raw ? 'y' : 'n') : String(raw);
    if (v === 'y') predefine(st, name, '1');
    else if (v === 'm') predefine(st, name + '_MODULE', '1');
    else if (v === 'n' || v === '') continue;
    else if (/^(0x[0-9a-fA-F]+|-?[0-9]+)$/.test(v) || v.startsWith('"')) predefine(st, name, v);
    else predefine(st, name, JSON.stringify(v));
  }
}
