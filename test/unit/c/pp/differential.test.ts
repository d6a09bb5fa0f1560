// Differential test of the preprocessor against gcc: every program in test/pp-corpus/ is run
// through `gcc -std=gnu11 -E -P -Iinclude` and through preprocess() with the same include
// directory, and the two outputs must be the same token sequence (whitespace normalised by
// lexing both). Chosen tokens' origins are checked against the invocation they come from.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { preprocess, userPosition, type PreprocessResult } from '../../../../src/c/pp';
import { findTok, toks } from './helpers';

function findRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'test', 'pp-corpus'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`test/pp-corpus not found above ${from}`);
    dir = up;
  }
}

const corpus = path.join(findRoot(__dirname), 'test', 'pp-corpus');
const programs = fs.readdirSync(corpus).filter((f) => f.endsWith('.c')).sort();
const haveGcc = spawnSync('gcc', ['--version']).status === 0;

function ours(file: string): PreprocessResult {
  return preprocess(file, undefined, {
    readFile: (p) => {
      try {
        return fs.readFileSync(path.join(corpus, p), 'utf8');
      } catch {
        return null;
      }
    },
    includeDirs: ['include'],
  });
}

describe('pp differential corpus (gcc -E -P)', () => {
  it('has the programs the corpus promises', () => {
    assert.ok(programs.length >= 8, programs.join(' '));
  });

  for (const file of programs) {
    it(`${file}: same tokens as gcc`, function () {
      if (!haveGcc) this.skip();
      const g = spawnSync('gcc', ['-std=gnu11', '-E', '-P', '-Iinclude', file], { cwd: corpus, encoding: 'utf8' });
      assert.strictEqual(g.status, 0, g.stderr);
      const r = ours(file);
      assert.deepStrictEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
      const a = toks(g.stdout).split(' ');
      const b = toks(r.text).split(' ');
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      assert.ok(i === a.length && i === b.length, `first difference at token ${i}:\n gcc : ${a.slice(Math.max(0, i - 10), i + 10).join(' ')}\n ours: ${b.slice(Math.max(0, i - 10), i + 10).join(' ')}`);
    });
  }

  it('maps kernel-idiom expansions to their invocations in the editor', () => {
    const r = ours('kernel-idioms.c');
    const expect = findTok(r, '__builtin_expect');
    assert.deepStrictEqual(userPosition(r.map, expect), { file: 'kernel-idioms.c', line: 13, col: 7 });
    const forLoop = findTok(r, 'for');
    assert.deepStrictEqual(userPosition(r.map, forLoop), { file: 'kernel-idioms.c', line: 12, col: 2 });
    assert.strictEqual(r.map.outRow[forLoop], 11);
    const warnLine = findTok(r, '__warn');
    assert.deepStrictEqual(userPosition(r.map, warnLine), { file: 'kernel-idioms.c', line: 20, col: 6 });
    assert.strictEqual(r.text.slice(r.map.outOffset[warnLine]).split(')')[0], '__warn("kernel-idioms.c", 20');
    const containerOf = findTok(r, '__mptr', 10);
    assert.strictEqual(userPosition(r.map, containerOf).line, 24);
  });

  it('maps a token of a multi-line invocation to its own spelling', () => {
    const r = ours('kernel-idioms.c');
    // `lru` of `list_for_each_entry_safe(page, next, head,\n lru)` is spelled on line 18
    let found = false;
    for (let i = 0; i < r.map.count; i++) {
      if (r.map.line[i] === 18 && r.files[r.map.file[i]] === 'kernel-idioms.c') {
        assert.strictEqual(r.map.col[i], 6);
        assert.deepStrictEqual(userPosition(r.map, i), { file: 'kernel-idioms.c', line: 17, col: 2 });
        found = true;
      }
    }
    assert.ok(found);
  });

  it('points every token\'s spelling position at its text (or at the # / ## operand that made it)', () => {
    let checked = 0;
    for (const file of programs) {
      const r = ours(file);
      const lines = new Map<number, string[]>();
      for (let i = 0; i < r.map.count; i++) {
        const f = r.map.file[i];
        if (f < 0) continue; // predefined macros
        if (!lines.has(f)) lines.set(f, fs.readFileSync(path.join(corpus, r.files[f]), 'utf8').split('\n'));
        const text = r.text.substr(r.map.outOffset[i], r.map.outLen[i]);
        const line = lines.get(f)![r.map.line[i] - 1] ?? '';
        const at = line.slice(r.map.col[i] - 1);
        const srcTok = toks(at).split(' ')[0];
        const ok =
          srcTok === text || // spelled as is
          (text.startsWith(srcTok) && srcTok.length > 0) || // a paste: the left operand's place
          (srcTok === '#' && text.startsWith('"')) || // a stringification: the # operator
          (/^__[A-Z_]+__$/.test(srcTok) && /^("|[0-9])/.test(text)) || // __LINE__, __FILE__, __COUNTER__
          (srcTok === 'defined' && /^[01]$/.test(text));
        assert.ok(ok, `${file}: token ${i} "${text}" says ${r.files[f]}:${r.map.line[i]}:${r.map.col[i]}, which has "${srcTok}"`);
        checked++;
      }
    }
    assert.ok(checked > 1500, String(checked));
  });
});
