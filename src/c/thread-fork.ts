// Threads made and ended by the process calls of user programs (fork, exit, kill: issue 12
// item 1), on the interpreter's plain-data state. Why here: fork() must give the child the
// parent's execution state exactly as it is in the middle of the fork() call — frames, pc,
// locals, operand stacks with the call's arguments still on them — so that the child, when it
// first runs, makes the call again (as a thread woken from a sleep retries its native) and gets
// 0. The C objects of the parent's frames (locals whose address is taken: `int status;
// waitpid(pid, &status, 0)`) are the process's own memory, so the child gets copies under new
// region ids and every pointer into them in the child's frames and copies is moved to the copy.
// File-scope variables and C heap objects stay shared: the model's processes share the
// interpreter's globals (user programs keep their data in user memory: malloc, mmap).

import type { MachineState, StepOutcome, ThreadState } from './machine-state';
import type { Region } from './memory';
import { noteWrite } from './undo-sink';
import { memoryFault, SLOT_BYTES } from './limits';
import type { Value } from './value';

/** What cloning and ending need of the machine. */
export interface ThreadHost {
  state: MachineState;
  readonly maxMemoryBytes: number;
  freeRegions(fr: ThreadState['frames'][number]): void;
}

/** `v` with pointers into copied regions moved to the copies (a value is never changed in place). */
function moved(v: Value, to: Map<number, number>): Value {
  if (typeof v !== 'object') return v;
  if (v.t === 'p') {
    if (v.s !== 'c') return v;
    const b = to.get(v.b);
    return b === undefined ? v : { ...v, b };
  }
  if (v.t === 'a') {
    let slots: Value[] | undefined;
    for (let k = 0; k < v.slots.length; k++) {
      const n = moved(v.slots[k], to);
      if (n !== v.slots[k]) (slots ??= v.slots.slice())[k] = n;
    }
    return slots ? { t: 'a', slots } : v;
  }
  return v;
}

function copyRegion(r: Region): Region {
  const c: Region = { ...r, cells: r.cells.slice() };
  if (r.layout) c.layout = r.layout.slice();
  if (r.heap) c.heap = { ...r.heap, ...(r.heap.carry ? { carry: r.heap.carry.slice() } : {}) };
  return c;
}

/**
 * A copy of thread `tid` as a new ready thread named `name`; returns its tid. Its frames' C
 * objects are copied (the memory budget counts them).
 */
export function cloneThread(h: ThreadHost, tid: number, name: string): number {
  const st = h.state;
  const t = st.threads[tid - 1];
  if (!t) throw new Error(`cloneThread: no thread ${tid}`);
  const ids: number[] = [];
  for (const fr of t.frames) for (const id of fr.regions) if (st.mem[id]) ids.push(id);
  const bytes = ids.reduce((n, id) => n + st.mem[id].cells.length * SLOT_BYTES, 0);
  const used = st.memBytes ?? 0;
  if (used + bytes > h.maxMemoryBytes) throw memoryFault(h.maxMemoryBytes, `the forked child's copy of ${ids.length} local object(s)`, bytes);
  const to = new Map<number, number>();
  for (const id of ids) to.set(id, st.nextRegion++);
  for (const id of ids) {
    const c = copyRegion(st.mem[id]);
    for (let k = 0; k < c.cells.length; k++) c.cells[k] = moved(c.cells[k], to);
    const nid = to.get(id)!;
    noteWrite(st.mem, nid);
    st.mem[nid] = c;
  }
  st.memBytes = used + bytes;
  const child: ThreadState = {
    id: st.threads.length + 1,
    name,
    cpu: t.cpu,
    status: 'ready',
    frames: t.frames.map((fr) => ({
      ...fr,
      vars: fr.vars.map((v) => moved(v, to)),
      stack: fr.stack.map((v) => moved(v, to)),
      regions: fr.regions.map((id) => to.get(id) ?? id),
      ...(fr.trap ? { trap: { ...fr.trap } } : {}),
    })),
  };
  st.threads.push(child);
  return child.id;
}

/**
 * Thread `t` ends now with `value` (exit, a fatal signal): its frames are popped innermost
 * first, their objects freed, as returns would; a sleep it was in is forgotten.
 */
export function endThread(h: ThreadHost, t: ThreadState, value: Value): StepOutcome {
  while (t.frames.length) h.freeRegions(t.frames.pop()!);
  t.status = 'done';
  t.ret = value;
  t.blockedOn = undefined;
  t.blockedReason = undefined;
  t.native = undefined;
  return { kind: 'done', value };
}
