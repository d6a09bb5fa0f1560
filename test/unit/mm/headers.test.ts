// Every prototype in kernel/include without a C definition in kernel/ must be a native of the
// model, and every native must be declared in a header (otherwise C cannot call it).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createModel, createNatives } from '../../../src/mm/index';
import { privateRange } from './helpers';

const KERNEL = path.join(__dirname, '../../../../kernel');

function files(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p, ext));
    else if (e.name.endsWith(ext)) out.push(p);
  }
  return out;
}

function stripComments(s: string): string {
  return s.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/.*$/gm, ' ');
}

/** Names of functions declared by prototype at file scope of a header. */
function prototypes(text: string): string[] {
  let s = stripComments(text);
  // drop preprocessor lines (with continuations) and struct bodies
  s = s.replace(/^#.*(?:\\\n.*)*$/gm, ' ');
  s = s.replace(/\{[^{}]*\}/g, ' ');
  const names: string[] = [];
  for (const stmt of s.split(';')) {
    const t = stmt.trim().replace(/\s+/g, ' ');
    if (!t || t.startsWith('typedef') || t.startsWith('struct ') && !t.includes('(')) continue;
    const mt = /\b(\w+)\s*\([^()]*\)$/.exec(t);
    if (mt) names.push(mt[1]);
  }
  return names;
}

/** Names of functions defined in a .c file (definitions start in column 0). */
function definitions(text: string): string[] {
  const names: string[] = [];
  for (const line of stripComments(text).split('\n')) {
    if (!/^[A-Za-z]/.test(line) || line.trimEnd().endsWith(';')) continue;
    const mt = /\b(\w+)\(/.exec(line);
    if (mt) names.push(mt[1]);
  }
  return names;
}

describe('mm natives vs kernel/include prototypes', () => {
  const declared = new Set(files(path.join(KERNEL, 'include'), '.h').flatMap((f) => prototypes(fs.readFileSync(f, 'utf8'))));
  const defined = new Set(files(KERNEL, '.c').flatMap((f) => definitions(fs.readFileSync(f, 'utf8'))));
  const natives = new Set(Object.keys(createNatives(createModel(privateRange(1)))));

  it('finds the prototypes and definitions it is meant to check', () => {
    assert.ok(declared.has('pte_offset_map_lock'));
    assert.ok(declared.has('walk_page_range'));
    assert.ok(defined.has('walk_page_range'));
    assert.ok(defined.has('hmm_collect_walk_pmd'));
    assert.ok(!defined.has('lock_page'));
  });

  it('every body-less prototype has a native', () => {
    const missing = [...declared].filter((n) => !defined.has(n) && !natives.has(n));
    assert.deepStrictEqual(missing, []);
  });

  it('every native is declared in a header and not also defined in C', () => {
    assert.deepStrictEqual([...natives].filter((n) => !declared.has(n)), []);
    assert.deepStrictEqual([...natives].filter((n) => defined.has(n)), []);
  });
});
