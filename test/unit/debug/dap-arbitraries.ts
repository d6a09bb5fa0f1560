// fast-check generators of DAP traffic for the adapter fuzz tests: valid and invalid commands,
// arguments of the right shape with ids that exist, ids that do not, values of the wrong type,
// arbitrary JSON, expressions with side effects or names that are JavaScript built-ins; and
// byte-level corruptions of a frame (truncation, wrong Content-Length, garbage, null body).

import * as path from 'path';
import fc from 'fast-check';

const root = path.resolve(__dirname, '../../../..');
export const FUZZ_SCENARIO = path.join(root, 'examples/private-4pages.mmstep.yaml');
/** Scenarios a fuzzed session starts with: one thread, and kernel threads contending for a page lock. */
export const FUZZ_SCENARIOS = [FUZZ_SCENARIO, path.join(root, 'examples/trylock-fails.mmstep.yaml')];
const SPIN_C = path.join(root, 'test/fixtures/c/spin.c');
const MIGRATE_C = path.join(root, 'kernel/mm/hmm_migrate_v13.c');

/** Well-known ids (thread 1, its frames 10000.., small variable references) and hostile values. */
const id = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(1, 1, 10000, 10001, 10002, 19999, 2, 3, 5, 8) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 30 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.oneof(fc.double(), fc.string({ maxLength: 4 }), fc.constant(null), fc.boolean(), fc.constant([1]), fc.constant({})) },
);

const expression = fc.oneof(
  fc.constantFrom(
    'migrate', 'npages', 'start', 'vma', 'vma->vm_start', 'page_count(pfn_to_page(256))', 'get_page(pfn_to_page(256))',
    'put_page(pfn_to_page(256))', 'i++', 'npages = 3', 'toString', '__proto__', 'constructor', 'hasOwnProperty(1)',
    '{', '(', '1/0', '*(int *)0', 'sizeof(struct page)', '"str"', 'migrate->src[2]', 'lock_page(pfn_to_page(256))', '',
  ),
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

const sourcePath = fc.oneof(
  fc.constantFrom(MIGRATE_C, SPIN_C, '/nonexistent/x.c', 'relative.c', '/tmp/a\u0000b.c', '', 'vscode-remote://h/x.c'),
  fc.string({ maxLength: 16 }),
);

const sourceBreakpoint = fc.record(
  {
    line: fc.oneof(fc.integer({ min: 1, max: 400 }), id),
    condition: expression,
    hitCondition: fc.oneof(fc.constantFrom('2', '>= 3', '% 2', 'x'), fc.string({ maxLength: 5 })),
    logMessage: fc.oneof(fc.constantFrom('n={npages}', '{get_page(pfn_to_page(256))}', '{'), fc.string({ maxLength: 10 })),
    column: id,
  },
  { requiredKeys: ['line'] },
);

const scenarioPath = fc.constantFrom(FUZZ_SCENARIO, FUZZ_SCENARIO, '/nonexistent.mmstep.yaml', '/tmp', '/tmp/x\u0000.mmstep.yaml', '', 42 as unknown as string);

/** Arguments shaped like the command's (with random values) — or anything at all. */
function argsFor(command: string): fc.Arbitrary<unknown> {
  const thread = fc.record({ threadId: id, singleThread: fc.oneof(fc.boolean(), id) }, { requiredKeys: [] });
  const shaped: Record<string, fc.Arbitrary<unknown>> = {
    launch: fc.record({ scenario: scenarioPath, stopOnEntry: fc.oneof(fc.boolean(), id), trace: fc.constant(false) }, { requiredKeys: ['scenario'] }),
    restart: fc.record({ arguments: fc.record({ scenario: scenarioPath }) }, { requiredKeys: [] }),
    setBreakpoints: fc.record(
      { source: fc.oneof(fc.record({ path: sourcePath, name: fc.string({ maxLength: 4 }) }, { requiredKeys: [] }), id), breakpoints: fc.oneof(fc.array(sourceBreakpoint, { maxLength: 4 }), id), lines: fc.array(id, { maxLength: 3 }) },
      { requiredKeys: [] },
    ),
    setFunctionBreakpoints: fc.record({ breakpoints: fc.oneof(fc.array(fc.record({ name: fc.oneof(fc.constantFrom('hmm_collect_walk_pmd', 'isolate_lru_page', 'nope', 'toString'), fc.string({ maxLength: 6 })) }, { requiredKeys: [] }), { maxLength: 3 }), id) }, { requiredKeys: [] }),
    setExceptionBreakpoints: fc.record({ filters: fc.oneof(fc.subarray(['faults', 'invariants', 'deadlock']), fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }), id) }, { requiredKeys: [] }),
    continue: thread,
    next: thread,
    stepIn: thread,
    stepOut: thread,
    stepBack: thread,
    reverseContinue: thread,
    pause: thread,
    exceptionInfo: thread,
    stackTrace: fc.record({ threadId: id, startFrame: id, levels: id }, { requiredKeys: [] }),
    scopes: fc.record({ frameId: id }, { requiredKeys: [] }),
    variables: fc.record({ variablesReference: id, start: id, count: id, filter: fc.constantFrom('indexed', 'named', 'x') }, { requiredKeys: [] }),
    evaluate: fc.record({ expression, frameId: id, context: fc.constantFrom('watch', 'hover', 'repl', 'clipboard', 'variables') }, { requiredKeys: [] }),
    source: fc.record({ sourceReference: id }, { requiredKeys: [] }),
    initialize: fc.record({ adapterID: fc.constant('mmstep'), pathFormat: fc.constantFrom('path', 'uri', undefined), linesStartAt1: fc.oneof(fc.boolean(), id) }, { requiredKeys: [] }),
  };
  const own = Object.prototype.hasOwnProperty.call(shaped, command) ? shaped[command] : fc.constant(undefined);
  return fc.oneof({ weight: 8, arbitrary: own }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }, { weight: 1, arbitrary: fc.constant(undefined) });
}

export const COMMANDS = [
  'threads', 'stackTrace', 'scopes', 'variables', 'evaluate', 'next', 'stepIn', 'stepOut', 'stepBack', 'continue',
  'reverseContinue', 'pause', 'setBreakpoints', 'setFunctionBreakpoints', 'setExceptionBreakpoints', 'exceptionInfo',
  'mmstepState', 'source', 'configurationDone', 'launch', 'restart', 'terminate', 'initialize', 'setVariable', 'goto',
  'completions', 'attach', 'frobnicate', '__proto__', 'toString',
];

export interface FuzzRequest {
  command: string;
  args: unknown;
}

/** One request: mostly known commands with shaped arguments, sometimes any string. */
export const request: fc.Arbitrary<FuzzRequest> = fc
  .oneof({ weight: 12, arbitrary: fc.constantFrom(...COMMANDS) }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) })
  .chain((command) => argsFor(command).map((args) => ({ command, args })));

/** A message that is not a well-formed request at all. */
export const malformedMessage: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, [], 0, 'request', { type: 'request' }, { seq: 1, type: 'request' }, { seq: -1, type: 'request', command: 'threads' }, { seq: 3, type: 'event', event: 'x' }, { seq: 4, type: 'response' }, { seq: 5, command: 'threads' }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A corruption of one frame's bytes. */
export type Corruption =
  | { kind: 'none' }
  | { kind: 'truncate'; at: number }
  | { kind: 'length'; delta: number }
  | { kind: 'garbage-before'; bytes: number[] }
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'null-body' }
  | { kind: 'bad-header'; header: string }
  | { kind: 'split'; at: number };

export const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.nat({ max: 200 }).map((at) => ({ kind: 'truncate' as const, at })),
  fc.integer({ min: -40, max: 60 }).filter((d) => d !== 0).map((delta) => ({ kind: 'length' as const, delta })),
  fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 20 }).map((bytes) => ({ kind: 'garbage-before' as const, bytes })),
  fc.record({ at: fc.nat({ max: 300 }), byte: fc.integer({ min: 0, max: 255 }) }).map((r) => ({ kind: 'flip' as const, ...r })),
  fc.constant({ kind: 'null-body' as const }),
  fc.constantFrom('Content-Length: abc', 'Content-Lenght: 10', 'Content-Length:', 'X: 1', 'Content-Length: 1e3').map((header) => ({ kind: 'bad-header' as const, header })),
  fc.nat({ max: 200 }).map((at) => ({ kind: 'split' as const, at })),
);

/** The bytes of `json` framed, with `c` applied; split corruptions return two chunks. */
export function corrupt(json: string, c: Corruption): Buffer[] {
  const body = Buffer.from(json, 'utf8');
  const header = (n: number | string) => Buffer.from(`Content-Length: ${n}\r\n\r\n`, 'latin1');
  switch (c.kind) {
    case 'none':
      return [Buffer.concat([header(body.length), body])];
    case 'truncate': {
      const cut = body.subarray(0, Math.min(c.at, body.length));
      return [Buffer.concat([header(cut.length), cut])];
    }
    case 'length':
      return [Buffer.concat([header(Math.max(0, body.length + c.delta)), body])];
    case 'garbage-before':
      return [Buffer.concat([Buffer.from(c.bytes), header(body.length), body])];
    case 'flip': {
      const all = Buffer.concat([header(body.length), body]);
      all[c.at % all.length] = c.byte;
      return [all];
    }
    case 'null-body':
      return [Buffer.concat([header(4), Buffer.from('null')])];
    case 'bad-header':
      return [Buffer.concat([Buffer.from(`${c.header}\r\n\r\n`, 'latin1'), body])];
    case 'split': {
      const all = Buffer.concat([header(body.length), body]);
      const at = c.at % all.length;
      return [all.subarray(0, at), all.subarray(at)];
    }
  }
}
