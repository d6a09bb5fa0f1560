// Translation from the Simulation's plain data (src/sim/types.ts) to DAP objects. The simulation
// already formats values (a PTE reads `migration(W) -> pfn 0x102`); this file only maps shapes,
// line/column bases and paths, so the session stays a thin dispatcher.

import type { DebugProtocol } from '@vscode/debugprotocol';
import type {
  BreakpointInfo,
  FrameInfo,
  ScopeInfo,
  StopInfo,
  ThreadInfo,
  VariableInfo,
} from '../sim/types';

/** Converts the simulation's 1-based lines/columns and paths to what the client asked for. */
export interface ClientCoordinates {
  line(l: number): number;
  column(c: number): number;
  path(p: string): string;
}

/** The last path segment; C file paths may use either separator (Windows workspaces). */
export function baseName(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}

export function toDapThread(t: ThreadInfo): DebugProtocol.Thread {
  let name = t.name;
  if (t.status === 'blocked' || t.status === 'waiting') {
    name += t.blockedOn ? ` (${t.status} on ${t.blockedOn})` : ` (${t.status})`;
  } else if (t.status === 'done' || t.status === 'faulted') {
    name += ` (${t.status})`;
  }
  return { id: t.id, name };
}

/**
 * The functions mmstep's kselftest harness defines for a test (kernel/user/include/
 * kselftest_harness.h: __ksft_test__F__T runs setup, body and teardown) as the test's own
 * macro reads in the source: `TEST_F(hmm2, migrate_mixed)`. Other names are shown as they are.
 */
export function harnessFrameName(name: string): string {
  const m = /^__ksft_(test|teardown)__(.+?)__(.+)$/.exec(name);
  if (!m) return name;
  const macro = m[2] === 'global' ? `TEST(${m[3]})` : `TEST_F(${m[2]}, ${m[3]})`;
  return m[1] === 'test' ? macro : `teardown of ${macro}`;
}

export function toDapFrame(f: FrameInfo, cc: ClientCoordinates): DebugProtocol.StackFrame {
  if (f.native || !f.file) {
    // A native kernel primitive of the model: no C source to show.
    return {
      id: f.id,
      name: `${f.name} [native]`,
      line: 0,
      column: 0,
      presentationHint: 'subtle',
    };
  }
  return {
    id: f.id,
    name: harnessFrameName(f.name),
    source: { name: baseName(f.file), path: cc.path(f.file) },
    // Line and column only, as C debuggers answer: VS Code then highlights the line and puts
    // the cursor at the statement. With endLine/endColumn it would select the whole statement.
    line: cc.line(f.line),
    column: cc.column(f.column),
  };
}

export function toDapScope(s: ScopeInfo): DebugProtocol.Scope {
  return {
    name: s.name,
    variablesReference: s.ref,
    expensive: s.expensive,
    presentationHint: s.name === 'Locals' ? 'locals' : undefined,
  };
}

export function toDapVariable(v: VariableInfo): DebugProtocol.Variable {
  const out: DebugProtocol.Variable = { name: v.name, value: v.value, variablesReference: v.ref };
  if (v.type) out.type = v.type;
  return out;
}

export function toDapBreakpoint(
  id: number,
  b: BreakpointInfo,
  source: DebugProtocol.Source,
  cc: ClientCoordinates,
): DebugProtocol.Breakpoint {
  const line = b.actualLine ?? b.line;
  const out: DebugProtocol.Breakpoint = { id, verified: b.verified, line: cc.line(line), source };
  if (b.message) out.message = b.message;
  return out;
}

/** DAP `stopped` reasons for the simulation's stop reasons ('end' never becomes a stopped event). */
export function dapStopReason(s: StopInfo): string {
  switch (s.reason) {
    case 'entry':
      return 'entry';
    case 'step':
      return 'step';
    case 'breakpoint':
      return 'breakpoint';
    case 'function breakpoint':
      return 'function breakpoint';
    case 'exception':
      return 'exception';
    case 'pause':
      return 'pause';
    case 'data breakpoint':
      return 'data breakpoint';
    case 'end':
      return 'end';
  }
}

/** Text of a `stopped` event: for exceptions, the kind and message shown in the editor. */
export function stopText(s: StopInfo): string | undefined {
  // A data breakpoint says what changed: "page 0x102 refcount: 2 → 1".
  if (s.reason === 'data breakpoint') return s.description;
  if (s.reason !== 'exception') return undefined;
  if (s.exceptionId && s.description) {
    // invariant descriptions already start with the invariant's name
    return s.description.startsWith(s.exceptionId) ? s.description : `${s.exceptionId}: ${s.description}`;
  }
  return s.description ?? s.exceptionId;
}
