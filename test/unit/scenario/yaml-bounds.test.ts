// Hostile YAML is bounded and positioned: size and nesting limits, the yaml library's alias guard,
// merges and keys that toJS cannot take, cycles — each a diagnostic at the culprit, never a
// crash, an "internal error" or 1:1 when the culprit is elsewhere (issue 7, classes 2 and 3).

import * as assert from 'assert';
import { parseScenario } from '../../../src/scenario/parse';
import type { Diagnostic } from '../../../src/sim/types';

const VALID = [
  'name: t',
  'sources: [a.c]',
  'entry: {function: f}',
  'memory:',
  '  processes:',
  '    - pid: 1',
  '      vmas: [{start: 0x7f0000000000, end: 0x7f0000004000}]',
  '      pages:',
  '        - {addr: 0x7f0000000000}',
  '',
].join('\n');

function rejected(text: string): Diagnostic[] {
  const r = parseScenario('s.yaml', text);
  assert.strictEqual(r.scenario, undefined, 'expected the scenario to be rejected');
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  assert.ok(errors.length > 0);
  for (const d of errors) {
    assert.strictEqual(d.file, 's.yaml');
    assert.ok(d.line >= 1 && d.column >= 1, `bad position ${d.line}:${d.column}`);
    assert.doesNotMatch(d.message, /internal error|Maximum call stack/);
  }
  return errors;
}

const at = (d: Diagnostic) => [d.line, d.column];

describe('scenario/YAML bounds', () => {
  it('a 399-byte alias bomb is stopped by the yaml alias guard at the alias that goes over it', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [name, prev] of ['ba', 'cb', 'dc', 'ed', 'fe', 'gf', 'hg', 'ih'].map((s) => [s[0], s[1]])) {
      rows.push(`${name}: &${name} [${Array(9).fill('*' + prev).join(',')}]`);
    }
    const bomb = rows.map((r) => 'x-' + r).join('\n') + '\n' + VALID;
    assert.ok(bomb.length < 600);
    const ds = rejected(bomb);
    assert.strictEqual(ds.length, 1);
    assert.match(ds[0].message, /too many aliases.*\*d.*maxAliasCount/);
    // the first use of *d, on line 5 (x-e: &e [*d,*d,...]): 2 x 1000 expansions
    assert.deepStrictEqual(at(ds[0]), [5, 10]);
  });

  it('a file over 1 MiB (here 10 MB of nested flow lists) is refused before it is parsed', () => {
    const n = 5_000_000;
    const ds = rejected('name: ' + '['.repeat(n) + ']'.repeat(n));
    assert.match(ds[0].message, /10,000,006 characters long; the limit is 1,048,576 \(1 MiB\)/);
  });

  it('deep nesting within the size limit is refused where it gets too deep', () => {
    const flow = rejected(VALID + 'description: ' + '['.repeat(500_000) + ']'.repeat(500_000) + '\n');
    assert.match(flow[0].message, /nested more than 64 levels deep/);
    assert.strictEqual(flow[0].line, 10);
    const block = rejected(VALID + 'description:\n  ' + '- '.repeat(300) + 'x\n');
    assert.match(block[0].message, /nested more than 64 levels deep/);
    assert.strictEqual(block[0].line, 11);
    const maps = rejected(VALID + 'x-deep: ' + '{a: '.repeat(100) + '1' + '}'.repeat(100) + '\n');
    assert.strictEqual(maps[0].line, 10);
    // what the examples need is far from the limit
    const ok = parseScenario('s.yaml', VALID + 'x-deep: ' + '{a: '.repeat(40) + '1' + '}'.repeat(40) + '\n');
    assert.deepStrictEqual(ok.diagnostics, []);
  });

  it('a << merge inside a complex key, and any non-scalar key, is an error at the key', () => {
    const ds = rejected('x-a: &a {b: 1}\n' + VALID + '? {<<: *a}\n: 2\n');
    assert.match(ds[0].message, /mapping key must be a plain name/);
    assert.deepStrictEqual(at(ds[0]), [11, 3]);
    const seqKey = rejected(VALID + '[a, b]: 1\n');
    assert.deepStrictEqual(at(seqKey[0]), [10, 1]);
    const aliasKey = rejected('x-k: &k name\n' + VALID.replace('name: t', 'other: 1') + '*k : t\n');
    assert.match(aliasKey[0].message, /alias cannot be a mapping key/);
    assert.strictEqual(aliasKey[0].line, 11);
  });

  it('a merge of anything but mappings is an error at the merge value', () => {
    const scalar = rejected('x-a: &a 1\n' + VALID.replace('entry: {function: f}', 'entry: {<<: *a, function: f}'));
    assert.match(scalar[0].message, /merge \(<<\) takes a mapping.*\*a is neither/);
    assert.deepStrictEqual(at(scalar[0]), [4, 13]);
    const inList = rejected(VALID.replace('entry: {function: f}', 'entry: {<<: [{args: []}, 3], function: f}'));
    assert.match(inList[0].message, /this item is not a mapping/);
    assert.deepStrictEqual(at(inList[0]), [3, 26]);
  });

  it('an alias to its own enclosing node (a cycle) is an error at the alias', () => {
    for (const [text, pos] of [
      ['x-a: &a [1, *a]\n', [1, 13]],
      ['x-a: &a {b: {c: *a}}\n', [1, 17]],
      ['x-a: &a {<<: *a}\n', [1, 14]],
    ] as const) {
      const ds = rejected(text + VALID);
      assert.match(ds[0].message, /\*a refers to a node that contains it/);
      assert.deepStrictEqual(at(ds[0]), pos, text);
    }
  });

  it('errors inside merged or aliased data point into the anchor, not at 1:1', () => {
    const text = 'x-page: &pg {lru: bogus}\n' + VALID.replace('{addr: 0x7f0000000000}', '{<<: *pg, addr: 0x7f0000000000}');
    const ds = rejected(text);
    assert.match(ds[0].message, /pages\[0\]\.lru/);
    assert.deepStrictEqual(at(ds[0]), [1, 19]);
    const aliased = 'x-vmas: &v [{start: 0x7f0000000000, end: 0x7f0000000001}]\n' + VALID.replace('vmas: [{start: 0x7f0000000000, end: 0x7f0000004000}]', 'vmas: *v');
    const va = rejected(aliased);
    assert.deepStrictEqual(at(va[0]), [1, 42]);
    assert.match(va[0].message, /vmas\[0\]\.end/);
  });

  it('data that expands through aliases to more than a million values is refused at an alias', () => {
    const row = '[' + Array(1100).fill('0').join(',') + ']';
    const text = `x-row: &r ${row}\n` + VALID + `description: [${Array(998).fill('*r').join(', ')}]\n`;
    const ds = rejected(text);
    assert.match(ds[0].message, /more than 1,000,000 values/);
    assert.strictEqual(ds[0].line, 11);
    assert.ok(ds[0].column > 14 + 4 * 900, `at the alias that reaches the limit, not the first: ${ds[0].column}`);
  });

  it('still accepts anchors and merges used the ordinary way', () => {
    const text = 'x-page: &pg {lru: batch, content: Z}\n' + VALID.replace('{addr: 0x7f0000000000}', '{<<: *pg, addr: 0x7f0000000000, content: Y}');
    const r = parseScenario('s.yaml', text);
    assert.deepStrictEqual(r.diagnostics, []);
    assert.deepStrictEqual(r.scenario!.memory.processes[0].pages![0], { lru: 'batch', content: 'Y', addr: 0x7f0000000000 });
  });
});
