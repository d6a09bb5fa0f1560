// Random macro programs against gcc: a seeded generator writes small programs of object-like,
// function-like and variadic macros whose bodies name each other and themselves (so
// rescanning, hide sets, self-reference and mutual recursion all occur), with #, ## and
// __VA_ARGS__, then invocations with nested and empty arguments. Each program goes through
// `gcc -std=gnu11 -E -P` and preprocess(); programs gcc rejects are skipped (counted), the
// rest must give the same token sequence. A fixed number of programs, no timing.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { preprocess } from '../../../../src/c/pp';
import { toks } from './helpers';

const PROGRAMS = Number(process.env.PP_FUZZ_PROGRAMS ?? 150);
const EXPRESSIONS = Number(process.env.PP_FUZZ_EXPRESSIONS ?? 300);
const haveGcc = spawnSync('gcc', ['--version']).status === 0;

function generator(seed: number) {
  let s = seed;
  const rnd = (n: number) => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s % n;
  };
  const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)];
  return { rnd, pick };
}

function program(seed: number): string {
  const { rnd, pick } = generator(seed);
  const names = ['A', 'B', 'C', 'D', 'E', 'F'];
  const lines: string[] = [];
  const fnLike = new Map<string, { n: number; variadic: boolean }>();
  for (const name of names) {
    const kind = rnd(3);
    const params = kind === 0 ? [] : ['x', 'y', 'z'].slice(0, 1 + rnd(3));
    const variadic = kind === 2;
    const body: string[] = [];
    const len = rnd(7);
    for (let i = 0; i < len; i++) {
      const r = rnd(10);
      if (r < 3) body.push(pick(names));
      else if (r < 5 && params.length > 0) body.push(pick(params));
      else if (r === 5) body.push(pick(['(', ')', '(', ')', ',']));
      else if (r === 6 && params.length > 0) body.push('#' + pick(params));
      else if (r === 7 && params.length > 0) body.push(`${pick(params)} ## ${pick(['q', '1', ...params])}`);
      else if (r === 8 && variadic) body.push(pick(['__VA_ARGS__', ', ## __VA_ARGS__', '#__VA_ARGS__']));
      else body.push(pick(['1', 'w', '+', 'v']));
    }
    if (kind === 0) lines.push(`#define ${name} ${body.join(' ')}`);
    else {
      lines.push(`#define ${name}(${params.join(', ')}${variadic ? ', ...' : ''}) ${body.join(' ')}`);
      fnLike.set(name, { n: params.length, variadic });
    }
  }
  const arg = (depth: number): string => {
    const r = rnd(6);
    if (r === 0) return '';
    if (r === 1 && depth < 3) return call(depth + 1);
    if (r === 2) return `(${pick(names)} , 2)`;
    return pick([...names, '1', 'u', 'E E']);
  };
  const call = (depth: number): string => {
    const name = pick(names);
    const f = fnLike.get(name);
    if (f === undefined) return name;
    const args: string[] = [];
    const count = f.n + (f.variadic ? rnd(3) : 0);
    for (let i = 0; i < count; i++) args.push(arg(depth));
    return `${name}(${args.join(', ')})`;
  };
  for (let i = 0; i < 6; i++) lines.push(`${call(0)} ${rnd(2) ? pick(names) : ''} ;`);
  return lines.join('\n') + '\n';
}

describe('pp random macro programs against gcc', function () {
  this.timeout(120_000);
  it(`agrees with gcc -E on ${PROGRAMS} generated programs`, function () {
    if (!haveGcc) this.skip();
    let compared = 0, skipped = 0;
    const failures: string[] = [];
    for (let n = 0; n < PROGRAMS; n++) {
      const text = program(1000 + n);
      const g = spawnSync('gcc', ['-std=gnu11', '-E', '-P', '-x', 'c', '-'], { input: text, encoding: 'utf8' });
      // an invalid paste is an error in both, which keep the two tokens; other errors skip
      const errors = (g.stderr ?? '').split('\n').filter((l) => l.includes('error:') && !l.includes('does not give a valid preprocessing token'));
      if (errors.length > 0) {
        if (process.env.PP_FUZZ_VERBOSE) console.log(g.stderr.split('\n').filter((l) => l.includes('error')).map((l) => l.replace(/^.*error: /, ''))[0]);
        skipped++;
        continue;
      }
      const r = preprocess('fuzz.c', text, { readFile: () => null });
      const a = toks(g.stdout), b = toks(r.text);
      if (a !== b) failures.push(`program ${1000 + n}:\n${text}gcc : ${a}\nours: ${b}`);
      compared++;
    }
    if (process.env.PP_FUZZ_VERBOSE) console.log(`compared ${compared}, skipped ${skipped}, failed ${failures.length}`);
    assert.deepStrictEqual(failures.slice(0, 3), []);
    assert.ok(compared >= PROGRAMS / 2, `only ${compared} programs compared, ${skipped} rejected by gcc`);
  });
});

/** A random #if expression: constants of every form, every operator; / and % only by
 *  non-zero constants so gcc accepts each one. */
function expression(rnd: (n: number) => number, depth: number): string {
  const consts = ['0', '1', '2', '7u', '-1', '3ULL', '0x7fffffffffffffff', '0xffffffffffffffff', '18446744073709551615u', "'a'", "'\\xff'", "L'\\xff'", '010', '0b11', '63', '64', '-64'];
  if (depth > 3 || rnd(4) === 0) return consts[rnd(consts.length)];
  const sub = () => expression(rnd, depth + 1);
  const r = rnd(14);
  if (r < 7) {
    const ops = ['+', '-', '*', '<<', '>>', '<', '>', '<=', '>=', '==', '!=', '&', '^', '|', '&&', '||'];
    return `(${sub()} ${ops[rnd(ops.length)]} ${sub()})`;
  }
  if (r === 7) return `(${sub()} ${rnd(2) ? '/' : '%'} ${['3', '-2', '5u', '0x10'][rnd(4)]})`;
  if (r === 8) return `(${sub()} ? ${sub()} : ${sub()})`;
  if (r === 9) return `(${sub()}, ${sub()})`;
  return `${['-', '~', '!', '+'][r - 10]}(${sub()})`;
}

describe('pp random #if expressions against gcc', function () {
  this.timeout(120_000);
  it(`computes the same sign, zero-ness and bits as gcc for ${EXPRESSIONS} expressions`, function () {
    if (!haveGcc) this.skip();
    const { rnd } = generator(77);
    const lines: string[] = [];
    const probes = ['< 0', '== 0', '& 1', '>> 1 & 1', '>> 31 & 1', '>> 62 & 1', '> 0', '% 7 == 3'];
    for (let n = 0; n < EXPRESSIONS; n++) {
      const e = expression(rnd, 0);
      probes.forEach((p, k) => lines.push(`#if (${e}) ${p}`, `e${n}_${k}`, '#endif'));
    }
    const text = lines.join('\n') + '\n';
    const g = spawnSync('gcc', ['-std=gnu11', '-E', '-P', '-w', '-x', 'c', '-'], { input: text, encoding: 'utf8' });
    assert.strictEqual(g.status, 0, g.stderr);
    const r = preprocess('if.c', text, { readFile: () => null });
    assert.deepStrictEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
    const a = toks(g.stdout).split(' '), b = toks(r.text).split(' ');
    const missing = a.filter((x) => !b.includes(x)), extra = b.filter((x) => !a.includes(x));
    const show = (xs: string[]) => xs.slice(0, 5).map((x) => `${x}: ${lines[lines.indexOf(x) - 1]}`);
    assert.deepStrictEqual({ missing: show(missing), extra: show(extra) }, { missing: [], extra: [] });
    assert.ok(a.length > 300, String(a.length));
  });
});
