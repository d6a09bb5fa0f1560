// Program.expansions (issue 8 item 2, for the debugger): a statement a macro produced carries
// its expansion chain — innermost macro first, each with the invocation and the #define —
// keyed by the statement's editor position; statements spelled in the file have none.

import * as assert from 'assert';
import { loadProgram, type UnitConfig } from '../../../src/c';
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

describe('Program.expansions: macro chains of statements', () => {
  it('gives each macro-produced statement its chain, innermost first', async () => {
    const files: Record<string, string> = { [FILE]: TEXT };
    const r = await loadProgram([FILE], { reader: { read: async (p) => files[p] ?? Promise.reject(new Error('no ' + p)) }, includeDirs: [], units: { [FILE]: CFG } });
    assert.deepStrictEqual(r.diagnostics, []);
    const ex = r.program!.expansions[FILE];
    assert.ok(ex, 'the file has expansions');
    // `do { INC(x); } while (0)`: the do statement comes from BUMP, spelled at 7:2.
    const bump = ex['7:2'];
    assert.ok(bump, `no chain at 7:2 (keys: ${Object.keys(ex).join(', ')})`);
    assert.strictEqual(bump[bump.length - 1].macro, 'BUMP');
    assert.deepStrictEqual(bump[bump.length - 1].invocation, { file: FILE, line: 7, column: 2 });
    assert.deepStrictEqual(bump[bump.length - 1].definition, { file: FILE, line: 2, column: 9 });
    assert.ok(ex['8:2'], 'TWICE at 8:2');
    assert.strictEqual(ex['8:2'][0].macro, 'TWICE');
    // Statements spelled in the file: no entry.
    assert.strictEqual(ex['6:2'], undefined);
    assert.strictEqual(ex['9:2'], undefined);
  });

  it('the chain of a nested expansion names the inner macro and where the outer body spelled it', async () => {
    const text = ['#define ADD1(v) v += 1', '#define ADD2(v) ADD1(v); ADD1(v)', 'int g(int n)', '{', '\tADD2(n);', '\treturn n;', '}', ''].join('\n');
    const file = '/t/nest.c';
    const r = await loadProgram([file], { reader: { read: async () => text }, includeDirs: [], units: { [file]: CFG } });
    assert.deepStrictEqual(r.diagnostics, []);
    const chain = r.program!.expansions[file]['5:2'];
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
