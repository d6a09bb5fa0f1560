// The source of a native kernel function's frame: its contract (src/sim/native-contracts.ts) as a
// read-only virtual document, served by the adapter through a DAP sourceReference (VS Code opens
// it read-only). One reference per native, stable for the session.

import type { DebugProtocol } from '@vscode/debugprotocol';
import type { FnType } from '../c/types';
import { contractText } from '../sim/native-contracts';
import { NATIVE_DOC_PREFIX } from '../sim/native-frames';
import type { FrameInfo, SimulationApi } from '../sim/types';

/** References of native contract documents start here (patch sources use small numbers). */
const NATIVE_SOURCE_BASE = 0x20000000;

/** What a simulation offers about its natives (the Simulation does; test doubles need not). */
interface NativeTypes {
  program?: { natives: Record<string, FnType> };
}

export class NativeSources {
  private refs = new Map<string, number>();
  private names = new Map<number, string>();

  private refOf(name: string): number {
    let r = this.refs.get(name);
    if (r === undefined) {
      r = NATIVE_SOURCE_BASE + this.refs.size + 1;
      this.refs.set(name, r);
      this.names.set(r, name);
    }
    return r;
  }

  /** A native frame's DAP frame: the contract document as its source, at the stop's line. */
  decorate(f: FrameInfo, d: DebugProtocol.StackFrame, line: (l: number) => number): DebugProtocol.StackFrame {
    if (!f.native || !f.file.startsWith(NATIVE_DOC_PREFIX)) return d;
    const name = f.file.slice(NATIVE_DOC_PREFIX.length);
    return {
      ...d,
      name: `${name} [native]`,
      source: {
        name: `${name} (native contract)`,
        sourceReference: this.refOf(name),
        presentationHint: 'emphasize',
        origin: 'native kernel function simulated by mmstep',
      },
      line: line(f.line),
      column: 1,
    };
  }

  /** The document of reference `ref`, or undefined when it is not a native's. */
  text(sim: SimulationApi | undefined, ref: number | undefined): string | undefined {
    if (ref === undefined) return undefined;
    const name = this.names.get(ref);
    if (name === undefined) return undefined;
    const natives = (sim as NativeTypes | undefined)?.program?.natives;
    const type = natives && Object.prototype.hasOwnProperty.call(natives, name) ? natives[name] : undefined;
    return contractText(name, type);
  }
}
