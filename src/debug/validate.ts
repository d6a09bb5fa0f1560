// Checks every DAP message and request's arguments before the session acts on it, so that a
// malformed or hostile client gets an error response in the user's words — "no thread 7",
// "'line' must be a positive integer" — and never a JavaScript exception text, a crash or a
// silent exit. The checks are by command; ids (threads, frames, variable references) are checked
// against what the loaded simulation knows.

import type { FrameProblem } from './framing';
import { EXCEPTION_FILTERS } from './capabilities';

/** What the session knows about the ids a request may name. */
export interface KnownIds {
  /** False before a scenario is loaded: requests naming ids are refused. */
  loaded: boolean;
  threads(): number[];
  frame(id: number): boolean;
  variables(ref: number): boolean;
}

type Args = Record<string, unknown>;
type Check = (a: Args, k: KnownIds) => string | undefined;

/** A value as it may be shown in a message: short, one line. */
export function shown(v: unknown): string {
  let s: string;
  try {
    s = v === undefined ? 'undefined' : typeof v === 'bigint' ? `${v}` : (JSON.stringify(v) ?? String(v));
  } catch {
    s = Object.prototype.toString.call(v);
  }
  s = s.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

function isObject(v: unknown): v is Args {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function int(a: Args, key: string, opt: { required?: boolean; min?: number; max?: number } = {}): string | undefined {
  const v = a[key];
  if (v === undefined || v === null) return opt.required ? `'${key}' is missing (an integer is expected)` : undefined;
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) return `'${key}' must be an integer, not ${shown(v)}`;
  const min = opt.min ?? 0;
  if (v < min) return `'${key}' must be ${min === 0 ? 'zero or more' : `at least ${min}`}, not ${v}`;
  if (opt.max !== undefined && v > opt.max) return `'${key}' must be at most ${opt.max}, not ${v}`;
  return undefined;
}

function bool(a: Args, key: string): string | undefined {
  const v = a[key];
  return v === undefined || typeof v === 'boolean' ? undefined : `'${key}' must be true or false, not ${shown(v)}`;
}

function str(a: Args, key: string, opt: { required?: boolean; max?: number; nonEmpty?: boolean } = {}): string | undefined {
  const v = a[key];
  if (v === undefined || v === null) return opt.required ? `'${key}' is missing (a string is expected)` : undefined;
  if (typeof v !== 'string') return `'${key}' must be a string, not ${shown(v)}`;
  if (opt.nonEmpty && v.trim() === '') return `'${key}' must not be empty`;
  const max = opt.max ?? 10000;
  if (v.length > max) return `'${key}' is too long (${v.length} characters; at most ${max})`;
  if (v.includes('\0')) return `'${key}' must not contain a NUL character`;
  return undefined;
}

/** A file path: a string without NUL or other control characters, of a sensible length. */
export function checkPath(v: unknown, what: string): string | undefined {
  if (typeof v !== 'string' || v.trim() === '') return `${what} must be a file path, not ${shown(v)}`;
  if (v.length > 4096) return `${what} is too long (${v.length} characters; at most 4096)`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(v)) return `${what} contains a control character (${shown(v)})`;
  return undefined;
}

function obj(a: Args, key: string, required = false): string | undefined {
  const v = a[key];
  if (v === undefined || v === null) return required ? `'${key}' is missing (an object is expected)` : undefined;
  return isObject(v) ? undefined : `'${key}' must be an object, not ${shown(v)}`;
}

function arrayOf(a: Args, key: string, each: (v: unknown, i: number) => string | undefined, required = false, max = 10000): string | undefined {
  const v = a[key];
  if (v === undefined || v === null) return required ? `'${key}' is missing (a list is expected)` : undefined;
  if (!Array.isArray(v)) return `'${key}' must be a list, not ${shown(v)}`;
  if (v.length > max) return `'${key}' has ${v.length} entries; at most ${max}`;
  for (let i = 0; i < v.length; i++) {
    const e = each(v[i], i);
    if (e) return `${key}[${i}]: ${e}`;
  }
  return undefined;
}

function fields(v: unknown, checks: ((o: Args) => string | undefined)[]): string | undefined {
  if (!isObject(v)) return `an object is expected, not ${shown(v)}`;
  for (const c of checks) {
    const e = c(v);
    if (e) return e;
  }
  return undefined;
}

function thread(key: string, required: boolean): Check {
  return (a, k) => {
    const e = int(a, key, { required });
    if (e || a[key] === undefined || a[key] === null) return e;
    if (!k.loaded) return 'no scenario is loaded (launch one first)';
    const ids = k.threads();
    const id = a[key] as number;
    return ids.includes(id) ? undefined : `no thread ${id} (the threads are ${ids.join(', ') || 'none'})`;
  };
}

const frame: Check = (a, k) => {
  const e = int(a, 'frameId', { required: true });
  if (e) return e;
  if (!k.loaded) return 'no scenario is loaded (launch one first)';
  return k.frame(a.frameId as number)
    ? undefined
    : `no stack frame ${a.frameId as number} (frame ids come from the last stackTrace and end when the program runs)`;
};

const optionalFrame: Check = (a, k) => (a.frameId === undefined || a.frameId === null ? undefined : frame(a, k));

const singleThread: Check = (a) => bool(a, 'singleThread');

const granularity: Check = (a) => {
  const v = a.granularity;
  return v === undefined || v === 'statement' || v === 'line' || v === 'instruction'
    ? undefined
    : `'granularity' must be "statement", "line" or "instruction", not ${shown(v)}`;
};

const sourceBreakpoint = (v: unknown): string | undefined =>
  fields(v, [
    (o) => int(o, 'line', { required: true, min: 1, max: 10_000_000 }),
    (o) => int(o, 'column', { min: 0, max: 10_000_000 }),
    (o) => str(o, 'condition', { max: 4096 }),
    (o) => str(o, 'hitCondition', { max: 256 }),
    (o) => str(o, 'logMessage', { max: 4096 }),
  ]);

const KNOWN_FILTERS = EXCEPTION_FILTERS.map((f) => f.filter);

const filterId = (v: unknown): string | undefined => {
  if (typeof v !== 'string') return `an exception filter id is expected, not ${shown(v)}`;
  return KNOWN_FILTERS.includes(v) ? undefined : `unknown exception filter ${shown(v)} (known: ${KNOWN_FILTERS.join(', ')})`;
};

const CHECKS: Record<string, Check[]> = {
  initialize: [
    (a) => str(a, 'adapterID', { max: 256 }),
    (a) => str(a, 'clientID', { max: 256 }),
    (a) => bool(a, 'linesStartAt1'),
    (a) => bool(a, 'columnsStartAt1'),
    (a) => (a.pathFormat === undefined || a.pathFormat === 'path' ? undefined : `mmstep works with file paths only ('pathFormat' ${shown(a.pathFormat)} is not supported)`),
  ],
  launch: [], // checked by checkLaunchArguments (launch-args.ts)
  disconnect: [(a) => bool(a, 'restart'), (a) => bool(a, 'terminateDebuggee'), (a) => bool(a, 'suspendDebuggee')],
  terminate: [(a) => bool(a, 'restart')],
  restart: [(a) => obj(a, 'arguments')],
  configurationDone: [],
  setBreakpoints: [
    (a) => obj(a, 'source', true) ?? checkPath((a.source as Args).path, "'source.path'") ?? str(a.source as Args, 'name', { max: 4096 }),
    (a) => arrayOf(a, 'breakpoints', sourceBreakpoint),
    (a) => arrayOf(a, 'lines', (v) => int({ line: v }, 'line', { required: true, min: 1, max: 10_000_000 })),
    (a) => bool(a, 'sourceModified'),
  ],
  setFunctionBreakpoints: [
    (a) =>
      arrayOf(a, 'breakpoints', (v) =>
        fields(v, [(o) => str(o, 'name', { required: true, nonEmpty: true, max: 256 }), (o) => str(o, 'condition', { max: 4096 }), (o) => str(o, 'hitCondition', { max: 256 })]),
      true),
  ],
  setExceptionBreakpoints: [
    (a) => arrayOf(a, 'filters', filterId),
    (a) => arrayOf(a, 'filterOptions', (v) => fields(v, [(o) => filterId(o.filterId), (o) => str(o, 'condition', { max: 4096 })])),
  ],
  continue: [thread('threadId', false), singleThread],
  next: [thread('threadId', true), singleThread, granularity],
  stepIn: [thread('threadId', true), singleThread, granularity, (a) => int(a, 'targetId')],
  stepOut: [thread('threadId', true), singleThread, granularity],
  stepBack: [thread('threadId', true), singleThread, granularity],
  reverseContinue: [thread('threadId', false), singleThread],
  pause: [thread('threadId', false)],
  threads: [],
  stackTrace: [thread('threadId', true), (a) => int(a, 'startFrame'), (a) => int(a, 'levels'), (a) => obj(a, 'format')],
  scopes: [frame],
  variables: [
    (a, k) => {
      const e = int(a, 'variablesReference', { required: true, min: 1 });
      if (e) return e;
      if (!k.loaded) return 'no scenario is loaded (launch one first)';
      const ref = a.variablesReference as number;
      return k.variables(ref) ? undefined : `no variables with reference ${ref} (references end when the program runs again)`;
    },
    (a) => (a.filter === undefined || a.filter === 'indexed' || a.filter === 'named' ? undefined : `'filter' must be "indexed" or "named", not ${shown(a.filter)}`),
    (a) => int(a, 'start'),
    (a) => int(a, 'count'),
    (a) => obj(a, 'format'),
  ],
  evaluate: [
    (a) => str(a, 'expression', { required: true, nonEmpty: true, max: 10000 }),
    optionalFrame,
    (a) => str(a, 'context', { max: 64 }),
    (a) => obj(a, 'format'),
  ],
  exceptionInfo: [thread('threadId', true)],
  source: [(a) => int(a, 'sourceReference', { required: true }), (a) => obj(a, 'source')],
  mmstepState: [],
  // Data breakpoints, setVariable/setExpression, goto (data-breakpoints.ts, goto.ts).
  dataBreakpointInfo: [
    (a) => int(a, 'variablesReference', { min: 0 }),
    (a) => str(a, 'name', { required: true, nonEmpty: true, max: 4096 }),
    optionalFrame,
    (a) => bool(a, 'asAddress'),
    (a) => int(a, 'bytes', { min: 0 }),
    (a) => str(a, 'mode', { max: 64 }),
  ],
  setDataBreakpoints: [
    (a) =>
      arrayOf(a, 'breakpoints', (v) =>
        fields(v, [(o) => str(o, 'dataId', { required: true, nonEmpty: true, max: 4096 }), (o) => str(o, 'accessType', { max: 64 }), (o) => str(o, 'condition', { max: 4096 }), (o) => str(o, 'hitCondition', { max: 256 })]),
      true),
  ],
  setVariable: [
    (a) => int(a, 'variablesReference', { required: true, min: 1 }),
    (a) => str(a, 'name', { required: true, nonEmpty: true, max: 4096 }),
    (a) => str(a, 'value', { required: true, max: 10000 }),
    (a) => obj(a, 'format'),
  ],
  setExpression: [
    (a) => str(a, 'expression', { required: true, nonEmpty: true, max: 10000 }),
    (a) => str(a, 'value', { required: true, max: 10000 }),
    optionalFrame,
    (a) => obj(a, 'format'),
  ],
  gotoTargets: [
    (a) => obj(a, 'source', true) ?? checkPath((a.source as Args).path, "'source.path'"),
    (a) => int(a, 'line', { required: true, min: 1, max: 10_000_000 }),
    (a) => int(a, 'column'),
  ],
  goto: [thread('threadId', true), (a) => int(a, 'targetId', { required: true })],
  // { probe: true }: the host asks whether the request exists (no dataId then).
  mmstepDataBreakpoint: [(a) => bool(a, 'probe'), (a) => str(a, 'dataId', { required: a.probe !== true, nonEmpty: true, max: 4096 }), (a) => str(a, 'accessType', { max: 64 }), (a) => bool(a, 'remove')],
  // The timeline (timeline.ts).
  mmstepGotoStep: [(a) => int(a, 'step', { required: true, min: 0 })],
  mmstepStateAt: [(a) => int(a, 'step', { required: true, min: 0 })],
  mmstepTimeline: [],
  mmstepLastWrite: [(a) => str(a, 'key', { required: true, nonEmpty: true, max: 200 })],
  mmstepEvidence: [thread('threadId', false), (a) => int(a, 'maxLines', { min: 4, max: 200 }), (a) => bool(a, 'all')],
};

/** Requests mmstep answers; every other DAP command gets "not supported". */
export const SUPPORTED_COMMANDS = new Set(Object.keys(CHECKS));

/** Why `command` with `args` cannot be served, or undefined when it can. */
export function checkRequest(command: string, args: unknown, known: KnownIds): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(CHECKS, command)) {
    return DAP_COMMANDS.has(command)
      ? `mmstep does not support the '${command}' request`
      : `unknown request ${shown(command)}`;
  }
  if (args !== undefined && args !== null && !isObject(args)) return `the arguments of '${command}' must be an object, not ${shown(args)}`;
  const a: Args = isObject(args) ? args : {};
  for (const c of CHECKS[command]) {
    const e = c(a, known);
    if (e) return e;
  }
  return undefined;
}

/** Commands of the DAP specification (answered "not supported" rather than "unknown"). */
const DAP_COMMANDS = new Set([
  'attach', 'restartFrame', 'goto', 'setVariable', 'setExpression', 'terminateThreads', 'stepInTargets',
  'gotoTargets', 'completions', 'loadedSources', 'dataBreakpointInfo', 'setDataBreakpoints', 'readMemory',
  'writeMemory', 'disassemble', 'cancel', 'breakpointLocations', 'setInstructionBreakpoints', 'modules',
  'runInTerminal', 'startDebugging', 'locations',
]);

/**
 * Checks the shape of an incoming protocol message; a problem (with the seq and command to answer,
 * when there are any) or undefined for a well-formed request, response or event.
 */
export function checkMessage(msg: unknown): FrameProblem | undefined {
  if (!isObject(msg)) return { message: `a DAP message must be a JSON object, not ${shown(msg)}` };
  const seq = typeof msg.seq === 'number' && Number.isSafeInteger(msg.seq) && msg.seq >= 0 ? msg.seq : undefined;
  const command = typeof msg.command === 'string' && msg.command.length <= 256 ? msg.command : undefined;
  const ids = { ...(seq !== undefined ? { seq } : {}), ...(command !== undefined ? { command } : {}) };
  if (msg.type === 'request') {
    if (seq === undefined) return { message: `a DAP request needs a 'seq' (a non-negative integer), not ${shown(msg.seq)}`, ...ids };
    if (command === undefined || command === '') return { message: `a DAP request needs a 'command' (a string), not ${shown(msg.command)}`, ...ids };
    return undefined;
  }
  if (msg.type === 'response') {
    return typeof msg.request_seq === 'number' ? undefined : { message: `a DAP response without a numeric 'request_seq' was ignored` };
  }
  if (msg.type === 'event') return { message: `an event sent to the debug adapter was ignored (${shown(msg.event)})` };
  return { message: `a DAP message needs 'type' "request", "response" or "event", not ${shown(msg.type)}`, ...(msg.type === undefined ? ids : {}) };
}
