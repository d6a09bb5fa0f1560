// Property test of the scenario loader over mutated examples (issue 7): key/value swaps, deleted,
// duplicated and re-indented lines, huge numbers, wrong types, deep nesting, aliases and alias
// bombs, merges, unicode and control characters. For every input: no exception, finished well
// within a generous watchdog (a hang shows as the watchdog failing, no timing is asserted
// otherwise), and every rejected input has a positioned diagnostic — in the file, line and column
// at least 1, not "internal error", and not pinned to 1:1 unless something starts there.
// Accepted scenarios also build their model and state view (the view ranges are bounded).
//
// A bounded count runs in the unit suite; MMSTEP_FUZZ_RUNS=10000 runs a big one by hand and
// prints the counts (inputs, rejected, accepted, crashes, hangs).

import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { createModel } from '../../../src/mm/build';
import { buildStateView } from '../../../src/mm/view';
import { parseScenario } from '../../../src/scenario/parse';

const ROOT = path.resolve(__dirname, '../../../..');
const EXAMPLES = fs
  .readdirSync(path.join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.mmstep.yaml'))
  .sort()
  .map((f) => fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8'));

const RUNS = Number(process.env.MMSTEP_FUZZ_RUNS ?? 600);
const SEED = process.env.MMSTEP_FUZZ_SEED !== undefined ? Number(process.env.MMSTEP_FUZZ_SEED) : 20261201;
/** Far above any honest input (a few ms): only a hang or an explosion gets near it. */
const WATCHDOG_MS = 10_000;

const WEIRD_VALUES = [
  '18446744073709551616',
  '0xffffffffffffffffffff',
  '1e308',
  '-1',
  '.nan',
  '-.inf',
  '0x800000000000',
  '0x7ffffffff000',
  '4294967296',
  '[]',
  '{}',
  '[[[[[[[[]]]]]]]]',
  '"str"',
  'true',
  'null',
  '~',
  '!!binary aGVsbG8=',
  '"\\e[2J\\u0007"',
  '"\u202e\u0000\u2028"',
  "'日本語 ✓ 🙂'",
  '*nosuch',
  '&a 1',
  '{<<: *a}',
  '{<<: 1}',
  '{<<: [1, 2]}',
  '? [a]',
  '[' + '['.repeat(80) + ']'.repeat(80) + ']',
  '{a: ' + '{b: '.repeat(70) + '1' + '}'.repeat(70) + '}',
  '"' + 'x'.repeat(5000) + '"',
];

/** `&a` anchors then a nine-fold alias bomb, as one block of top-level lines. */
const BOMB = ['x-a: &a [x, x, x, x, x, x, x, x, x]']
  .concat(['ba', 'cb', 'dc', 'ed', 'fe', 'gf', 'hg'].map(([n, p]) => `x-${n}: &${n} [${Array(9).fill('*' + p).join(', ')}]`))
  .join('\n');

type Mutation = (lines: string[]) => string[];

const at = (lines: string[], i: number) => i % Math.max(1, lines.length);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // delete, duplicate, swap, re-indent lines
  fc.nat().map((i): Mutation => (l) => l.filter((_, k) => k !== at(l, i))),
  fc.nat().map((i): Mutation => (l) => [...l.slice(0, at(l, i) + 1), ...l.slice(at(l, i))]),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (l) => {
    const c = [...l];
    [c[at(l, i)], c[at(l, j)]] = [c[at(l, j)], c[at(l, i)]];
    return c;
  }),
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 6 })).map(([i, d]): Mutation => (l) => {
    const c = [...l];
    const k = at(l, i);
    c[k] = d >= 0 ? ' '.repeat(d) + c[k] : c[k].replace(new RegExp(`^ {0,${-d}}`), '');
    return c;
  }),
  // swap a key with its value
  fc.nat().map((i): Mutation => (l) => {
    const c = [...l];
    const k = at(l, i);
    c[k] = c[k].replace(/^(\s*-?\s*)([\w$-]+):\s*(\S[^#]*?)\s*$/, '$1$3: $2');
    return c;
  }),
  // replace a value (after a colon or in a flow list) with something odd
  fc.tuple(fc.nat(), fc.constantFrom(...WEIRD_VALUES), fc.nat()).map(([i, v, w]): Mutation => (l) => {
    const c = [...l];
    const k = at(l, i);
    const spots = [...c[k].matchAll(/(:\s+|\[|,\s*)/g)];
    if (spots.length === 0) return c;
    const m = spots[w % spots.length];
    const start = m.index! + m[0].length;
    const end = c[k].slice(start).search(/[,}\]#]|$/) + start;
    c[k] = c[k].slice(0, start) + v + c[k].slice(end);
    return c;
  }),
  // anchors and aliases: anchor one value, alias it somewhere else, or merge it
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('*z', '{<<: *z}', '[*z, *z, *z]')).map(([i, j, use]): Mutation => (l) => {
    const c = [...l];
    const a = at(l, i);
    const b = at(l, j);
    c[a] = c[a].replace(/:\s+(\S)/, ': &z $1');
    c[b] = c[b].replace(/:\s+\S.*$/, ': ' + use);
    return c;
  }),
  // an alias bomb or a deep block nest at the top
  fc.constant<Mutation>((l) => [BOMB, ...l, 'description: *h']),
  fc.integer({ min: 10, max: 120 }).map((d): Mutation => (l) => [...l, 'x-deep:', ...Array.from({ length: d }, (_, k) => ' '.repeat(k + 1) + '- ')]),
  // characters: control, unicode, YAML punctuation
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('\u0000', '\u001b[2J', '\t', '\r', '\ufeff', '\u2028', '🙂', ':', '- ', '{', '[', '&', '*', '!', '|', '>', '"', "'", '%', '@', '`', '<<: ')).map(
    ([i, col, s]): Mutation => (l) => {
      const c = [...l];
      const k = at(l, i);
      const p = col % (c[k].length + 1);
      c[k] = c[k].slice(0, p) + s + c[k].slice(p);
      return c;
    },
  ),
);

const input = fc.tuple(fc.nat(EXAMPLES.length - 1), fc.array(mutation, { minLength: 1, maxLength: 5 })).map(([e, ms]) => {
  let lines = EXAMPLES[e].split('\n');
  for (const m of ms) lines = m(lines);
  return lines.join('\n');
});

interface Counts {
  inputs: number;
  rejected: number;
  accepted: number;
  crashes: number;
  hangs: number;
}

/** What is wrong with the loader's answer to `text` (undefined: nothing). */
function problem(text: string, counts: Counts): string | undefined {
  counts.inputs++;
  const t0 = Date.now();
  let r: ReturnType<typeof parseScenario>;
  try {
    r = parseScenario('s.mmstep.yaml', text);
    if (r.scenario) {
      const m = createModel(r.scenario.memory);
      const ranges = r.scenario.view.ranges.map((x) => ({ pid: x.pid, start: Number(x.start), end: Number(x.end) }));
      buildStateView(m, { threadName: () => 'main', ranges: ranges.length ? ranges : undefined });
    }
  } catch (e) {
    counts.crashes++;
    return `threw ${e instanceof Error ? e.stack : String(e)}`;
  }
  if (Date.now() - t0 > WATCHDOG_MS) {
    counts.hangs++;
    return `took ${Date.now() - t0} ms`;
  }
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (r.scenario) {
    counts.accepted++;
    return errors.length ? 'accepted with errors' : undefined;
  }
  counts.rejected++;
  if (errors.length === 0) return 'rejected without an error';
  const lines = text.split('\n');
  const startsAt11 = /^[^\s#]/.test(text);
  for (const d of errors) {
    const where = `${d.line}:${d.column} ${d.message}`;
    if (d.file !== 's.mmstep.yaml') return `wrong file: ${d.file}`;
    if (!(d.line >= 1 && d.column >= 1 && d.line <= lines.length + 1)) return `bad position ${where}`;
    if (/internal error|Maximum call stack|Cannot read propert|is not a function|of undefined/.test(d.message)) return `internal message ${where}`;
    if (d.line === 1 && d.column === 1 && !startsAt11 && !/characters long|empty/.test(d.message)) return `pinned to 1:1: ${where}`;
  }
  return undefined;
}

describe('scenario/fuzz: mutated examples', () => {
  it(`${RUNS} mutated scenarios: no crash, no hang, a positioned diagnostic for each rejected one`, function () {
    this.timeout(Math.max(60_000, RUNS * 200));
    const counts: Counts = { inputs: 0, rejected: 0, accepted: 0, crashes: 0, hangs: 0 };
    fc.assert(
      fc.property(input, (text) => {
        const p = problem(text, counts);
        if (p) throw new Error(p);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true, ...(process.env.MMSTEP_FUZZ_PATH ? { path: process.env.MMSTEP_FUZZ_PATH } : {}) },
    );
    if (process.env.MMSTEP_FUZZ_RUNS) console.log(`      scenario fuzz: ${JSON.stringify(counts)}`);
    assert.ok(counts.rejected > RUNS / 10 && counts.accepted > RUNS / 20, `too few of one kind: ${JSON.stringify(counts)}`);
  });
});
