// Watch / hover / REPL. The answer to a failing expression: an error response without
// `showUser`. VS Code (1.100, rawDebugSession.ts handleErrorResponse) turns every error response
// whose body.error has `showUser: true` into an error notification — for evaluate, that is a
// toast per watch at every stop. Without it, the Watch view shows the message as the
// expression's value, the Debug Console prints it as the result, a hover shows nothing: what
// CodeLLDB and the C/C++ extension do. Below: the variables-path fallback for simulations
// without an evaluator — a variable name of the selected frame, optionally followed by member
// and index accesses (`migrate->src[2]`, `pvmw.pte`), resolved through the scopes the
// VARIABLES view shows.

import type { DebugProtocol } from '@vscode/debugprotocol';
import type { SimulationApi, VariableInfo } from '../sim/types';
import { isAnonymousMember } from '../sim/values';

/**
 * An evaluate failure for the client to show where the expression is (Watch view, console),
 * never as a notification: `showUser` false; `format` is literal text (braces would be read as
 * {placeholders}).
 */
export function inlineError(response: DebugProtocol.Response, message: string): DebugProtocol.Response {
  response.success = false;
  response.message = message;
  response.body = { error: { id: 2001, format: message.replace(/[{}]/g, (c) => (c === '{' ? '(' : ')')), showUser: false } };
  return response;
}

export type EvalResult = { ok: true; value: VariableInfo } | { ok: false; message: string };

type Access = { kind: 'member'; op: '->' | '.'; name: string } | { kind: 'index'; index: string };

/** Splits `a->b.c[3]` into the root name and its accesses; undefined if it is anything else. */
export function parseAccessPath(expr: string): { root: string; path: Access[] } | undefined {
  const s = expr.trim();
  const head = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s);
  if (!head) return undefined;
  const path: Access[] = [];
  let rest = s.slice(head[0].length);
  while (rest.length > 0) {
    rest = rest.trimStart();
    const m = /^(?:(->|\.)\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*(\d+)\s*\])/.exec(rest);
    if (!m) return undefined;
    if (m[2] !== undefined) path.push({ kind: 'member', op: m[1] === '->' ? '->' : '.', name: m[2] });
    else path.push({ kind: 'index', index: m[3] });
    rest = rest.slice(m[0].length);
  }
  return { root: head[0], path };
}

function findChild(sim: SimulationApi, children: VariableInfo[], step: Access): VariableInfo | undefined {
  if (step.kind === 'member') {
    const direct = children.find((c) => c.name === step.name);
    if (direct) return direct;
    // A member of an anonymous struct or union member (`u.lo` of `union { struct { u32 lo; }; }`).
    for (const c of children) {
      const inner = isAnonymousMember(c.name) && c.ref ? findChild(sim, sim.variables(c.ref), step) : undefined;
      if (inner) return inner;
    }
    return undefined;
  }
  const want = [step.index, `[${step.index}]`];
  return children.find((c) => want.includes(c.name));
}

export function evaluateInFrame(sim: SimulationApi, frameId: number | undefined, expr: string): EvalResult {
  const notYet: EvalResult = {
    ok: false,
    message:
      `mmstep: evaluating '${expr.trim()}' is not supported yet: only variable names with ` +
      `member and index accesses (a->b.c[2]) can be shown`,
  };
  const parsed = parseAccessPath(expr);
  if (!parsed) return notYet;
  if (frameId === undefined) return { ok: false, message: 'mmstep: no stack frame to evaluate in' };

  let found: VariableInfo | undefined;
  for (const scope of sim.scopes(frameId)) {
    if (scope.expensive) continue;
    found = sim.variables(scope.ref).find((v) => v.name === parsed.root);
    if (found) break;
  }
  if (!found) return { ok: false, message: `mmstep: '${parsed.root}' is not visible in this frame` };
  let cur: VariableInfo = found;

  let shown = parsed.root;
  for (const step of parsed.path) {
    const next: VariableInfo | undefined = cur.ref ? findChild(sim, sim.variables(cur.ref), step) : undefined;
    if (!next) {
      const what = step.kind === 'member' ? `member '${step.name}'` : `element [${step.index}] to show`;
      return { ok: false, message: `mmstep: '${shown}' has no ${what}` };
    }
    shown += step.kind === 'member' ? `${step.op}${step.name}` : `[${step.index}]`;
    cur = next;
  }
  return { ok: true, value: cur };
}
