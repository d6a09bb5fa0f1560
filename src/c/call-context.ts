// The context a native kernel function gets from the interpreter: who called it (thread, CPU,
// source position) and the few things it may do to interpreter state (load and store through a
// pointer into C memory, wake sleepers, warn, print). One small object per call.

import type { Machine } from './machine';
import { load, store, type Region } from './memory';
import { byteRun } from './c-bytes';
import { SimFault, type NativeCtx, type SourceLoc } from './native';
import type { CType } from './types';
import type { Ptr, Value } from './value';
import { cloneThread, endThread } from './thread-fork';

const ULONG: CType = { k: 'int', bits: 64, signed: false, name: 'unsigned long' };

/** What a native sees of its caller; one small object per call (no closures). */
export class CallContext implements NativeCtx {
  constructor(
    private readonly m: Machine,
    readonly tid: number,
    readonly cpu: number,
    private readonly locIndex: number,
  ) {}

  get loc(): SourceLoc {
    return this.m.loc(this.locIndex);
  }

  load(p: Ptr): Value {
    return load(this.m.state.mem, this.m.model, p, ULONG);
  }

  store(p: Ptr, v: Value): void {
    store(this.m.state.mem, this.m.model, p, ULONG, v);
  }

  byteRun(p: Ptr, n: number): { r: Region; i: number } | undefined {
    return byteRun(this.m.state.mem, p, n);
  }

  wake(key: string): void {
    this.m.wake(key);
  }

  warn(message: string): void {
    this.m.hooks.warn(message, this.loc);
  }

  print(text: string): void {
    this.m.hooks.print(text);
  }

  cloneThread(name: string): number {
    return cloneThread(this.m, this.tid, name);
  }

  spawnThread(name: string, fn: string, args: Value[]): number {
    return this.m.spawn(name, fn, args, this.cpu);
  }

  endThread(tid: number, value: Value): void {
    const t = this.m.thread(tid);
    if (!t || tid === this.tid) throw new Error(`endThread: thread ${tid} cannot be ended from thread ${this.tid}`);
    // A signal is delivered on the way back to user mode; a thread inside the kernel gets it later.
    if (t.native !== undefined || t.frames.some((fr) => fr.trap !== undefined)) {
      throw new SimFault('unsupported', `thread '${t.name}' is in the kernel (${t.native ? t.native.name : 'a page fault'}); ending it there (a signal delivered at its return to user mode) is not modelled`);
    }
    endThread(this.m, t, value);
  }
}

