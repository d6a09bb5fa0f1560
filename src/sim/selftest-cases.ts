// The tests of a compiled selftest file: which TEST / TEST_F × FIXTURE_VARIANT_ADD runs exist,
// in the order the kernel's harness runs them.
//
// Why: the kernel's harness registers tests from constructors, which mmstep's C subset lacks.
// mmstep's own harness (kernel/user/include/kselftest_harness.h) instead defines functions with
// recognisable names, and this file finds them in the compiled program:
//   __ksft_fixture__F        FIXTURE(F)
//   __ksft_variant__F__V     FIXTURE_VARIANT_ADD(F, V) (returns the variant's data)
//   __ksft_test__F__T        TEST_F(F, T); TEST(T) is fixture "global"
//   __ksft_teardown__F__T    its teardown, run after a failed ASSERT
// The order is the kernel harness's: the "global" fixture first, then fixtures as FIXTURE()
// declares them; per fixture each variant in FIXTURE_VARIANT_ADD order (or no variant); per
// variant the tests in source order. Names are `fixture.variant.test` (`fixture.test` without
// variants), as the kernel's harness prints them.
//
// And what each test needs that the model lacks (reachableMissing): a test ends as a SKIP at
// the FIRST call to a function without C body or native (open() in hmm-tests' setup), which
// hides what comes after it; a walk of the calls from the test (a function whose address is
// taken counts as called) lists every such function it can reach, so the work left is visible
// per test (docs/selftests.md, `--json`'s `needs`). It over-approximates: a branch the test
// never takes still counts.

import { Op, type Program } from '../c/ir';

export interface SelftestCase {
  /** 1-based number in the TAP output. */
  index: number;
  /** `fixture.variant.test` or `fixture.test`. */
  name: string;
  fixture: string;
  /** '' when the fixture has no variants. */
  variant: string;
  test: string;
  /** The wrapper that runs setup, the test and teardown (argument: the variant's getter). */
  entry: string;
  teardown: string;
  /** The variant's getter function, when there is a variant. */
  variantFn?: string;
  /** Where the test is defined (its TEST_F line). */
  file: string;
  line: number;
}

const TEST_RE = /^__ksft_test__(.+?)__(.+)$/;
const VARIANT_RE = /^__ksft_variant__(.+?)__(.+)$/;
const FIXTURE_RE = /^__ksft_fixture__(.+)$/;

interface Positioned {
  name: string;
  file: string;
  line: number;
  order: number;
}

/** In source order: files in load order, then line, then definition order. */
function byPosition<T extends Positioned>(list: T[], files: string[]): T[] {
  const fileRank = (f: string): number => (files.indexOf(f) < 0 ? files.length : files.indexOf(f));
  return [...list].sort((a, b) => fileRank(a.file) - fileRank(b.file) || a.line - b.line || a.order - b.order);
}

/** Every run of the program's tests, numbered in the order they run. */
export function selftestCases(program: Program): SelftestCase[] {
  const files = program.files ?? [];
  const fixtures: Positioned[] = [];
  const variants = new Map<string, (Positioned & { fn: string })[]>();
  const tests = new Map<string, (Positioned & { fn: string; test: string })[]>();
  program.functions.forEach((f, order) => {
    const name = f.name.split('@')[0];
    let m = FIXTURE_RE.exec(name);
    if (m) {
      fixtures.push({ name: m[1], file: f.file, line: f.line, order });
      return;
    }
    m = VARIANT_RE.exec(name);
    if (m) {
      const list = variants.get(m[1]) ?? [];
      list.push({ name: m[2], fn: f.name, file: f.file, line: f.line, order });
      variants.set(m[1], list);
      return;
    }
    m = TEST_RE.exec(name);
    if (m) {
      const list = tests.get(m[1]) ?? [];
      list.push({ name: m[2], test: m[2], fn: f.name, file: f.file, line: f.line, order });
      tests.set(m[1], list);
    }
  });
  // The global fixture (TEST) comes first, as the kernel's harness starts its list with it.
  const order: string[] = [];
  if (tests.has('global') && !fixtures.some((f) => f.name === 'global')) order.push('global');
  for (const f of byPosition(fixtures, files)) if (!order.includes(f.name)) order.push(f.name);
  // A TEST_F whose fixture has no FIXTURE() cannot compile; keep it anyway, last.
  for (const f of tests.keys()) if (!order.includes(f)) order.push(f);

  const out: SelftestCase[] = [];
  for (const fixture of order) {
    const ts = byPosition(tests.get(fixture) ?? [], files);
    if (!ts.length) continue;
    const vs = byPosition(variants.get(fixture) ?? [], files);
    const runs: { variant: string; fn?: string }[] = vs.length ? vs.map((v) => ({ variant: v.name, fn: v.fn })) : [{ variant: '' }];
    for (const v of runs) {
      for (const t of ts) {
        const name = v.variant ? `${fixture}.${v.variant}.${t.test}` : `${fixture}.${t.test}`;
        out.push({
          index: out.length + 1,
          name,
          fixture,
          variant: v.variant,
          test: t.test,
          entry: t.fn,
          teardown: t.fn.replace(/^__ksft_test__/, '__ksft_teardown__'),
          ...(v.fn ? { variantFn: v.fn } : {}),
          file: t.file,
          line: t.line,
        });
      }
    }
  }
  return out;
}

/** The number of test cases (fixture × variant pairs with tests), as the TAP header counts them. */
export function caseCount(cases: SelftestCase[]): number {
  return new Set(cases.map((c) => `${c.fixture}\0${c.variant}`)).size;
}

/**
 * The cases a list of selectors picks (the CLI's TEST… arguments): a selector matches a whole
 * name (`hmm.hmm_device_private.migrate`), a test name (`migrate`: every variant), a fixture
 * (`hmm`) or `fixture.variant`. No selector: every case. Unknown selectors are returned apart.
 */
export function selectCases(cases: SelftestCase[], selectors: string[]): { cases: SelftestCase[]; unknown: string[] } {
  if (!selectors.length) return { cases, unknown: [] };
  const matches = (c: SelftestCase, s: string): boolean =>
    s === c.name || s === c.test || s === c.fixture || (c.variant !== '' && s === `${c.fixture}.${c.variant}`) || s === `${c.fixture}.${c.test}`;
  const unknown = selectors.filter((s) => !cases.some((c) => matches(c, s)));
  const picked = cases.filter((c) => selectors.some((s) => matches(c, s)));
  // Numbered again: the TAP plan counts what runs.
  return { cases: picked.map((c, i) => ({ ...c, index: i + 1 })), unknown };
}

/** The not-modelled functions reachable from `entries`, sorted. */
export function reachableMissing(program: Program, entries: string[], available: (name: string) => boolean): string[] {
  const seen = new Set<string>();
  const missing = new Set<string>();
  const todo = [...entries];
  while (todo.length) {
    const name = todo.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const fi = program.fnIndex[name];
    if (fi === undefined) {
      if (!available(name) && Object.prototype.hasOwnProperty.call(program.natives, name)) missing.add(name);
      continue;
    }
    for (const insn of program.functions[fi].code) {
      const b = insn.b as unknown;
      if (insn.op === Op.CALL && typeof b === 'string') todo.push(b);
      else if (insn.op === Op.PUSH && b && typeof b === 'object' && (b as { t?: string }).t === 'f') todo.push((b as { name: string }).name);
    }
  }
  return [...missing].sort();
}
