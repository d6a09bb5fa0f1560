// The interpreter's own C runtime (issue 8 item 4): the string, formatting and allocation
// functions kernel code calls, which need interpreter memory rather than the mm model. Every
// Machine has them (src/c/machine.ts), so `mmstep exec` programs and scenarios alike can call
// them once a header declares them (kernel/include/linux/string.h and slab.h, or a program's
// own prototypes); the linker accepts these names as natives.

import { heapNatives, HEAP_NATIVE_NAMES, typeAllocation, type HeapHost } from './heap';
import { T } from './types';
import type { Value } from './value';
import type { NativeTable } from './native';
import { strNatives, STR_NATIVE_NAMES } from './str-natives';
import { stringNatives, STRING_NATIVE_NAMES } from './string-natives';

export function runtimeNatives(host: HeapHost): NativeTable {
  const mem = () => host.state().mem;
  const typeBytes = (v: Value): void => {
    if (typeof v !== 'object' || v.t !== 'p' || v.s !== 'c') return;
    const r = mem()[v.b];
    if (r && r.untyped && !r.freed) typeAllocation(host, r, T.char);
  };
  return { ...stringNatives(mem, () => host.user?.(), typeBytes), ...strNatives(mem), ...heapNatives(host) };
}

export const RUNTIME_NATIVE_NAMES: ReadonlySet<string> = new Set([...STRING_NATIVE_NAMES, ...STR_NATIVE_NAMES, ...HEAP_NATIVE_NAMES]);
