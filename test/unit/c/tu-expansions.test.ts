// Program.expansions (issue 8 item 2, for the debugger): a statement carries the expansion
// chains of every macro invoked in its own text — one that produced it, and those inside its
// expressions — innermost macro first, each with the invocation and the #define, keyed by the
// statement's editor position; a statement that uses no macro has none.

import * as assert from 'assert';
import { loadProgram, type UnitConfig } from '../../../src/c';
import { STMT_EXPANSION_CHAINS, type StmtExpansions } from '../../../src/c/ir';
import { formatDiagnostic } from '../../../src/sim/types';

const FILE = '/t/exp.c';
const TEXT = [
  '#define INC(v) (v)++', //                                  1
  '#define BUMP(v) do { INC(v); } while (0)', //               2
  '#define TWICE(s) s; s', //                                  3
  'int f(int n)', //                                          4
  '{', //                                                     5
  '\tint x = n;', //                                          6
  '\tBUMP(x);', //                                            7
  '\tTWICE(x++);', //                                         8
  '\treturn x;', //                                           9
  '}', //                                                    10
  '',
].join('\n');

const CFG: UnitConfig = { quoteDirs: [], includeDirs: [], ownHeaderRoots: [], kconfig: {}, predefines: {} };

/** Each chain as `macro@line:column` of its invocations, innermost first. */
function spelled(e: StmtExpansions | undefined): string[][] | undefined {
  return e?.chains.map((c) => c.map((s) => `${s.macro}@${s.invocation.line}:${s.invocation.column}`));
}

async function expansionsOf(file: string, text: string): Promise<Record<string, StmtExpansions>> {
  const r = await loadProgram([file], { reader: { read: async () => text }, includeDirs: [], units: { [file]: CFG } });
  assert.deepStrictEqual(r.diagnostics, []);
  return r.program!.expansions[file] ?? {};
}

describe('Program.expansions: macro chains of statements', () => {
  it('gives each macro-produced statement its chain, innermost first', async () => {
    const files: Record<string, string> = { [FILE]: TEXT };
    const r = await loadProgram([FILE], { reader: { read: async (p) => files[p] ?? Promise.reject(new Error('no ' + p)) }, includeDirs: [], units: { [FILE]: CFG } });
    assert.deepStrictEqual(r.diagnostics, []);
    const ex = r.program!.expansions[FILE];
    assert.ok(ex, 'the file has expansions');
    // `do { INC(x); } while (0)`: the do statement comes from BUMP, spelled at 7:2.
    // `do { INC(x); } while (0)`: the do statement comes from BUMP, spelled at 7:2; the INC
    // statement in it has the same key, and its longer chain says BUMP's.
    const bump = ex['7:2'];
    assert.ok(bump, `no chains at 7:2 (keys: ${Object.keys(ex).join(', ')})`);
    assert.deepStrictEqual(spelled(bump), [['INC@2:22', 'BUMP@7:2']]);
    const outer = bump.chains[0][1];
    assert.deepStrictEqual(outer.invocation, { file: FILE, line: 7, column: 2 });
    assert.deepStrictEqual(outer.definition, { file: FILE, line: 2, column: 9 });
    assert.deepStrictEqual(bump.chains[0][0].definition, { file: FILE, line: 1, column: 9 });
    assert.strictEqual(bump.more, 0);
    assert.deepStrictEqual(spelled(ex['8:2']), [['TWICE@8:2']], 'both statements of TWICE share 8:2, once');
    // Statements that use no macro: no entry.
    assert.strictEqual(ex['6:2'], undefined);
    assert.strictEqual(ex['9:2'], undefined);
  });

  it('records the macros used inside a statement’s expressions, not those of statements nested in it', async () => {
    const text = [
      '#define SHIFT 12', //                                            1
      '#define AC(x, y) (x##y)', //                                     2
      '#define SIZE (AC(1, UL) << SHIFT)', //                           3
      '#define likely(x) __builtin_expect(!!(x), 1)', //                4
      'unsigned long f(int n)', //                                      5
      '{', //                                                           6
      '\tunsigned long s = n * SIZE;', //                               7
      '\tif (likely(s > SIZE)) { s = SHIFT; }', //                      8
      '\treturn s + ({ int q = SHIFT; q; }) + SIZE + n;', //             9
      '}', //                                                          10
      '',
    ].join('\n');
    const ex = await expansionsOf('/t/expr.c', text);
    // The declaration's key is its declarator's position; SIZE's two inner chains, in source
    // order, each innermost first.
    assert.deepStrictEqual(spelled(ex['7:16']), [
      ['AC@3:15', 'SIZE@7:24'],
      ['SHIFT@3:28', 'SIZE@7:24'],
    ]);
    assert.deepStrictEqual(ex['7:16'].chains[0][1].definition, { file: '/t/expr.c', line: 3, column: 9 });
    // The if's condition: likely() and the SIZE in its argument; `[likely]` alone is the outer
    // part of those and not listed; the body's SHIFT is the body statement's (8:26).
    assert.deepStrictEqual(spelled(ex['8:2']), [
      ['AC@3:15', 'SIZE@8:17', 'likely@8:6'],
      ['SHIFT@3:28', 'SIZE@8:17', 'likely@8:6'],
    ]);
    assert.deepStrictEqual(spelled(ex['8:26']), [['SHIFT@8:30']]);
    // A statement expression's block is its statements': the return has only the SIZE.
    assert.deepStrictEqual(spelled(ex['9:2']), [
      ['AC@3:15', 'SIZE@9:39'],
      ['SHIFT@3:28', 'SIZE@9:39'],
    ]);
    assert.deepStrictEqual(spelled(ex['9:20']), [['SHIFT@9:24']]);
  });

  it(`keeps at most ${STMT_EXPANSION_CHAINS} chains of a statement and counts the others`, async () => {
    const n = STMT_EXPANSION_CHAINS + 8;
    const defs = Array.from({ length: n }, (_, i) => `#define M${i} ${i}`);
    const sum = Array.from({ length: n }, (_, i) => `M${i}`).join(' + ');
    const ex = await expansionsOf('/t/many.c', [...defs, 'int g(void)', '{', `\treturn ${sum} + M0;`, '}', ''].join('\n'));
    const e = ex[`${n + 3}:2`];
    assert.ok(e, `keys: ${Object.keys(ex).join(', ')}`);
    assert.strictEqual(e.chains.length, STMT_EXPANSION_CHAINS);
    assert.strictEqual(e.more, 9, 'eight macros past the bound and the second M0 (its own invocation)');
    assert.deepStrictEqual(e.chains.slice(0, 2).map((c) => c.map((s) => s.macro)), [['M0'], ['M1']]);
  });

  it('the chain of a nested expansion names the inner macro and where the outer body spelled it', async () => {
    const text = ['#define ADD1(v) v += 1', '#define ADD2(v) ADD1(v); ADD1(v)', 'int g(int n)', '{', '\tADD2(n);', '\treturn n;', '}', ''].join('\n');
    const file = '/t/nest.c';
    const r = await loadProgram([file], { reader: { read: async () => text }, includeDirs: [], units: { [file]: CFG } });
    assert.deepStrictEqual(r.diagnostics, []);
    const chains = r.program!.expansions[file]['5:2'].chains;
    assert.deepStrictEqual(chains.length, 2, 'the two ADD1 invocations of the body');
    const chain = chains[0];
    assert.deepStrictEqual(chains[1].map((s) => s.invocation.column), [26, 2]);
    assert.deepStrictEqual(
      chain.map((s) => [s.macro, s.invocation.line, s.invocation.column, s.definition.line, s.definition.column]),
      [
        ['ADD1', 2, 17, 1, 9],
        ['ADD2', 5, 2, 2, 9],
      ],
    );
  });
});

describe('macro diagnostics: at the invocation, naming the definition', () => {
  it('a compile error in a macro expansion is at the invocation, with a note where the macro is defined', async () => {
    const text = ['#define BAD(x) ((x) + nosuch)', 'int h(int n)', '{', '\treturn 1 + BAD(n);', '}', ''].join('\n');
    const file = '/t/bad.c';
    const r = await loadProgram([file], { reader: { read: async () => text }, includeDirs: [], units: { [file]: CFG } });
    const errs = r.diagnostics.filter((d) => d.severity === 'error');
    assert.strictEqual(errs.length, 1, JSON.stringify(r.diagnostics));
    const d = errs[0];
    assert.deepStrictEqual([d.file, d.line, d.column], [file, 4, 13]);
    assert.match(d.message, /nosuch/);
    assert.deepStrictEqual(d.related, [{ file, line: 1, column: 9, message: "macro 'BAD' defined here" }]);
    assert.strictEqual(
      formatDiagnostic(d).split('\n')[1],
      `${file}:1:9: note: macro 'BAD' defined here`,
    );
  });

  it("a preprocessor error in an expansion carries the preprocessor's notes", async () => {
    const text = ['#define CAT(a, b) a ## b', 'int k(void)', '{', '\treturn CAT(1, +);', '}', ''].join('\n');
    const file = '/t/cat.c';
    const r = await loadProgram([file], { reader: { read: async () => text }, includeDirs: [], units: { [file]: CFG } });
    const d = r.diagnostics.find((x) => /pasting/.test(x.message));
    assert.ok(d, JSON.stringify(r.diagnostics));
    assert.deepStrictEqual([d.file, d.line, d.column], [file, 4, 9]);
    assert.ok(d.related?.some((x) => x.file === file && x.line === 1 && /macro 'CAT'/.test(x.message)), JSON.stringify(d.related));
  });
});
