// The context a native kernel function gets from the interpreter: who called it (thread, CPU,
// source position) and the few things it may do to interpreter state (load and store through a
// pointer into C memory, wake sleepers, warn, print). One small object per call.

import type { Machine } from './machine';
import { load, store } from './memory';
import type { NativeCtx, SourceLoc } from './native';
import type { CType } from './types';
import type { Ptr, Value } from './value';

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

  wake(key: string): void {
    this.m.wake(key);
  }

  warn(message: string): void {
    this.m.hooks.warn(message, this.loc);
  }

  print(text: string): void {
    this.m.hooks.print(text);
  }
}

