// Completion and hover for scenario files from the scenario's JSON Schema: the cursor's path in
// text that is being typed (block and flow YAML), the keys allowed there minus those written,
// enum values, item snippets, the C functions for entry.function, invariant names; hover text.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { cFunctionDefinitions, completionsAt, hoverAt, schemasAt } from '../../../src/scenario/complete';
import { cursorContext } from '../../../src/scenario/yaml-context';

const SCENARIO = [
  'name: t', //                                              0
  'sources: [m.c]', //                                       1
  'entry:', //                                               2
  '  function: mig', //                                      3
  'memory:', //                                              4
  '  processes:', //                                         5
  '    - pid: 1', //                                         6
  '      vmas:', //                                          7
  '        - { start: 0x10000, en', //                       8
  '      ', //                                               9
  'expect:', //                                              10
  '  ptes:', //                                              11
  '    - { pid: 1, addr: 0x10000, kind: ', //                12
  '  outcome: ', //                                          13
  '', //                                                     14
].join('\n');

function labels(line: number, character: number, functions: string[] = []): string[] {
  return completionsAt(SCENARIO, line, character, { functions, files: ['m.c'] }).items.map((i) => i.label);
}

describe('scenario completion from the schema', () => {
  it('finds the path at the cursor in block and flow YAML', () => {
    assert.deepStrictEqual(cursorContext(SCENARIO, 3, 15).path, ['entry', 'function']);
    assert.deepStrictEqual(cursorContext(SCENARIO, 8, 30), { path: ['memory', 'processes', 0, 'vmas', 0], kind: 'key', prefix: 'en', start: 28, siblings: ['start'], flow: true, item: false });
    const inItem = cursorContext(SCENARIO, 9, 6);
    assert.deepStrictEqual([inItem.path, inItem.kind, inItem.siblings.sort()], [['memory', 'processes', 0], 'key', ['pid', 'vmas']]);
    assert.deepStrictEqual(cursorContext(SCENARIO, 12, 38).path, ['expect', 'ptes', 0, 'kind']);
    assert.deepStrictEqual(cursorContext(SCENARIO, 13, 11).path, ['expect', 'outcome']);
  });

  it('offers the keys allowed there, not those written', () => {
    const root = labels(14, 0);
    for (const k of ['description', 'threads', 'view', 'invariants']) assert.ok(root.includes(k), k);
    for (const k of ['name', 'sources', 'entry', 'memory', 'expect']) assert.ok(!root.includes(k), `${k} is already written`);
    assert.deepStrictEqual(labels(8, 30), ['end', 'flags', 'anonymous']);
    const proc = labels(9, 6);
    assert.ok(proc.includes('pages') && proc.includes('name') && !proc.includes('pid') && !proc.includes('vmas'), proc.join());
  });

  it('offers enum values and the C functions of the sources', () => {
    assert.deepStrictEqual(labels(12, 38), ['none', 'present', 'migration', 'device-private', 'device-exclusive', 'swap']);
    assert.deepStrictEqual(labels(13, 11), ['completed', 'fault', 'violation', 'deadlock']);
    assert.deepStrictEqual(labels(3, 15, ['migrate_range', 'helper']), ['migrate_range', 'helper']);
  });

  it('offers a snippet for a new process, VMA or page item and invariant names as keys', () => {
    const text = 'memory:\n  processes:\n    - \n';
    const items = completionsAt(text, 2, 6).items;
    assert.strictEqual(items[0].label, 'process');
    assert.match(items[0].insert, /^pid: \$\{1:1\}\nname:/);
    assert.ok(items.some((i) => i.label === 'pid'));
    const pages = completionsAt('memory:\n  processes:\n    - pid: 1\n      pages:\n        - ', 4, 10).items;
    assert.strictEqual(pages[0].label, 'page');
    const inv = completionsAt('invariants:\n  mapcount: false\n  ', 2, 2).items.map((i) => i.label);
    assert.ok(inv.includes('refcount') && !inv.includes('mapcount'), inv.join());
  });

  it('resolves schemas through anyOf / oneOf and items', () => {
    const start = schemasAt(['threads', 0, 'start']);
    assert.ok(start.some((s) => Array.isArray(s.enum) && (s.enum as string[]).includes('first')));
    assert.ok(start.some((s) => s.properties && 'after-call' in (s.properties as object)));
    assert.deepStrictEqual(schemasAt(['nope']), []);
  });

  it('hover: the description of the key under the cursor', () => {
    const h = hoverAt('name: t\nexpect:\n  returns: 0\n', 2, 4);
    assert.ok(h);
    assert.match(h.text, /^\*\*expect\.returns\*\*\n\nThe entry function's return value\./);
    assert.deepStrictEqual(h.span, { line: 3, column: 3, endLine: 3, endColumn: 10 });
    assert.strictEqual(hoverAt('name: t\n', 0, 6), undefined, 'a value has no key hover');
  });

  it('reads C function definitions, not calls, prototypes or macros', () => {
    const c = [
      '#define X(a) foo(a)',
      'static int helper(int n);',
      'static int helper(int n)',
      '{',
      '  return call(n);',
      '}',
      'unsigned long *walk_one(struct mm_struct *mm,',
      '                        unsigned long addr) {',
      '  if (x) { }',
      '}',
      '/* int commented(void) { } */',
    ].join('\n');
    assert.deepStrictEqual(cFunctionDefinitions(c), ['helper', 'walk_one']);
  });

  it('never throws, whatever the text and the cursor (every example, cut anywhere, and random text)', () => {
    const dir = path.join(__dirname, '..', '..', '..', '..', 'examples');
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.mmstep.yaml'))) {
      const lines = fs.readFileSync(path.join(dir, f), 'utf8').split('\n');
      for (let l = 0; l < lines.length; l++) {
        for (const ch of [0, Math.floor(lines[l].length / 2), lines[l].length]) {
          const cut = [...lines.slice(0, l), lines[l].slice(0, ch)].join('\n');
          completionsAt(cut, l, ch);
          completionsAt(lines.join('\n'), l, ch);
        }
      }
    }
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '-', ':', '{', '}', '[', ']', ',', '\n', '"', '#', 'x', '0') }), fc.nat(), fc.nat(), (text, l, c) => {
        const lines = text.split('\n');
        const line = l % lines.length;
        completionsAt(text, line, c % (lines[line].length + 1));
        hoverAt(text, line, c % (lines[line].length + 1));
      }),
      { numRuns: 2000 },
    );
  });
});
