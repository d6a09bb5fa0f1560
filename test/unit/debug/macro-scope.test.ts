// The texts of the "Macro expansion" scope (src/debug/macro-scope.ts): an invocation as spelled
// (arguments over several lines, parentheses inside strings), a #define with continuation lines,
// header paths as a kernel developer names them; a statement's chains as one row per outermost
// invocation opening onto the macros it used, and the row counting the chains left out.

import * as assert from 'assert';
import type { MacroExpansionStep, StmtExpansions } from '../../../src/c/ir';
import { definitionText, groupsOf, invocationText, macroRef, macroRows, parseMacroRef, shortPath, SourceTexts } from '../../../src/debug/macro-scope';

const C = '/t/a.c';
const H = '/k/include/linux/mm.h';
function step(macro: string, file: string, line: number, column: number, defLine: number): MacroExpansionStep {
  return { macro, invocation: { file, line, column }, definition: { file: H, line: defLine, column: 9 } };
}

describe('Macro expansion scope texts', () => {
  it('spells an invocation with its arguments, across lines, skipping parentheses in strings', () => {
    const text = ['int f(void)', '{', '\tpr_warn_once("odd ) paren %d\\n",', '\t\t     (1 + (2)));', '\tFOO;', '}'].join('\n');
    assert.strictEqual(invocationText(text, 3, 2, 'pr_warn_once'), 'pr_warn_once("odd ) paren %d\\n", (1 + (2)))');
    // object-like use, and a position that does not spell the name: just the name
    assert.strictEqual(invocationText(text, 5, 2, 'FOO'), 'FOO');
    assert.strictEqual(invocationText(text, 5, 1, 'FOO'), 'FOO');
    // unbalanced to the end of the file: the name
    assert.strictEqual(invocationText('X(1, 2', 1, 1, 'X'), 'X');
  });

  it('cuts a long invocation with an ellipsis', () => {
    const t = invocationText(`M(${'a'.repeat(300)})`, 1, 1, 'M');
    assert.strictEqual(t.length, 120);
    assert.ok(t.endsWith('…'));
  });

  it('reads a #define with its continuation lines as one line', () => {
    const text = ['#define __mm_once(print, fmt, ...)\t\\', '({\t\t\t\t\\', '\tprint(fmt, ##__VA_ARGS__);\t\\', '})', 'int x;'].join('\n');
    assert.strictEqual(definitionText(text, 1), '#define __mm_once(print, fmt, ...) ({ print(fmt, ##__VA_ARGS__); })');
    assert.strictEqual(definitionText(text, 5), undefined, 'not a #define');
    assert.strictEqual(definitionText(text, 9), undefined, 'past the end');
    assert.strictEqual(definitionText('  #  define A 1', 1), '# define A 1');
  });

  it('names headers from include/ on, tree files from mm/ on', () => {
    assert.strictEqual(shortPath('/x/kernel/compat/common/include/linux/printk.h'), 'include/linux/printk.h');
    assert.strictEqual(shortPath('/src/linux-6.12/mm/migrate_device.c'), 'mm/migrate_device.c');
    assert.strictEqual(shortPath('/tmp/t.c'), 't.c');
  });

  it('groups a statement\'s chains by their outermost invocation, in source order, inner macros once each', async () => {
    const size1 = step('PAGE_SIZE', C, 2, 10, 1);
    const size2 = step('PAGE_SIZE', C, 2, 30, 1);
    const ac = step('_AC', H, 1, 20, 3);
    const shift = step('PAGE_SHIFT', H, 1, 32, 2);
    const e: StmtExpansions = { chains: [[ac, size1], [shift, size1], [step('WRITE', C, 2, 22, 4)], [ac, size2]], more: 3 };
    const groups = groupsOf(e);
    assert.deepStrictEqual(groups.map((g) => [g.outer.invocation.column, g.inner.map((s) => s.macro)]), [[10, ['_AC', 'PAGE_SHIFT']], [22, []], [30, ['_AC']]]);
    const c = ['int f(void)', '\treturn PAGE_SIZE + WRITE + PAGE_SIZE;', ''].join('\n');
    const h = ['#define PAGE_SIZE (_AC(1, UL) << PAGE_SHIFT)', '#define PAGE_SHIFT 12', '#define _AC(X, Y) (X##Y)', '#define WRITE 2', ''].join('\n');
    const texts = new SourceTexts({ readText: async (p: string) => (p === C ? c : p === H ? h : Promise.reject(new Error(p))) } as never);
    const rows = await macroRows(e, 7, 0, texts);
    assert.deepStrictEqual(rows.map((r) => [r.name, r.value, r.variablesReference]), [
      ['PAGE_SIZE', 'include/linux/mm.h:1: #define PAGE_SIZE (_AC(1, UL) << PAGE_SHIFT)', macroRef(7, 1)],
      ['WRITE', 'include/linux/mm.h:4: #define WRITE 2', 0],
      ['PAGE_SIZE', 'include/linux/mm.h:1: #define PAGE_SIZE (_AC(1, UL) << PAGE_SHIFT)', macroRef(7, 3)],
      ['… 3 more', 'expansions not listed (at most 32 are kept per statement)', 0],
    ]);
    assert.deepStrictEqual(parseMacroRef(macroRef(7, 3)), { frameId: 7, group: 3 });
    const inner = await macroRows(e, 7, 1, texts);
    assert.deepStrictEqual(inner.map((r) => [r.name, r.value]), [
      ['_AC(1, UL)', 'include/linux/mm.h:3: #define _AC(X, Y) (X##Y)'],
      ['PAGE_SHIFT', 'include/linux/mm.h:2: #define PAGE_SHIFT 12'],
    ]);
    assert.deepStrictEqual(await macroRows(e, 7, 9, texts), [], 'no such group');
  });
});
