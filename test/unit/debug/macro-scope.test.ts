// The texts of the "Macro expansion" scope (src/debug/macro-scope.ts): an invocation as spelled
// (arguments over several lines, parentheses inside strings), a #define with continuation lines,
// and header paths as a kernel developer names them.

import * as assert from 'assert';
import { definitionText, invocationText, shortPath } from '../../../src/debug/macro-scope';

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
});
