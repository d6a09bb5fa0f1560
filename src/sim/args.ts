// Turning a scenario's argument specs (`{vma: {pid, addr}}`, `{page: ...}`, integers) into
// interpreter values for the C function a thread starts in, converted to its parameter types.

import type { FnCode } from '../c/ir';
import { SimFault } from '../c/native';
import { NULL, objPtr, pagePtr, type Value } from '../c/value';
import { findVma, type MmModel } from '../mm/state';
import { pteAt } from '../mm/pgtable';
import { decodePte } from '../mm/pte';
import type { ArgSpec } from '../scenario/types';

export function resolveArg(m: MmModel, a: ArgSpec): Value {
  switch (a.kind) {
    case 'int':
      return a.value;
    case 'null':
      return NULL;
    case 'mm': {
      const mm = m.mms[a.pid];
      if (!mm) throw new SimFault('bad-call', `no process with pid ${a.pid}`);
      return objPtr(mm.obj);
    }
    case 'vma': {
      const mm = m.mms[a.pid];
      if (!mm) throw new SimFault('bad-call', `no process with pid ${a.pid}`);
      const vma = findVma(mm, Number(a.addr));
      if (!vma) throw new SimFault('bad-call', `pid ${a.pid} has no VMA containing 0x${a.addr.toString(16)}`);
      return objPtr(vma.obj);
    }
    case 'page': {
      const pte = pteAt(m, a.pid, Number(a.addr));
      const d = decodePte(pte);
      if (d.pfn === undefined) throw new SimFault('bad-call', `no page is mapped at 0x${a.addr.toString(16)} in pid ${a.pid}`);
      return pagePtr(d.pfn);
    }
    case 'pfn':
      if (!m.pages[a.pfn]) throw new SimFault('bad-call', `no page frame 0x${a.pfn.toString(16)}`);
      return pagePtr(a.pfn);
    case 'fn':
      return { t: 'f', name: a.name };
  }
}

/** Resolve and convert every argument for `fn`; checks the count and pointer/integer kinds. */
export function resolveArgs(m: MmModel, fn: FnCode, args: ArgSpec[]): Value[] {
  if (args.length !== fn.params) {
    throw new SimFault('bad-call', `${fn.name} takes ${fn.params} argument(s), the scenario gives ${args.length}`);
  }
  return args.map((a, i) => {
    const v = resolveArg(m, a);
    const t = fn.type.params[i];
    if (t.k === 'int') {
      if (typeof v !== 'bigint') throw new SimFault('bad-call', `argument ${i + 1} of ${fn.name} is an integer (${t.name}), the scenario gives a ${a.kind}`);
      return t.signed ? BigInt.asIntN(t.bits, v) : BigInt.asUintN(t.bits, v);
    }
    if (t.k === 'ptr') {
      if (typeof v === 'bigint' && v !== 0n) {
        throw new SimFault('bad-call', `argument ${i + 1} of ${fn.name} is a pointer, the scenario gives an integer`);
      }
      return v === 0n ? NULL : v;
    }
    return v;
  });
}
