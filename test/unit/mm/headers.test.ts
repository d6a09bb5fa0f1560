// Every prototype in kernel/include without a C definition in kernel/ must be a native of the
// model (or of the interpreter's C runtime: string and allocation functions), and every native
// must be declared in a header (otherwise C cannot call it).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createModel, createNatives } from '../../../src/mm/index';
import { RUNTIME_NATIVE_NAMES } from '../../../src/c/runtime-natives';
import { definitions, files, stripComments } from './c-scan';
import { privateRange } from './helpers';

const KERNEL = path.join(__dirname, '../../../../kernel');

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
    const missing = [...declared].filter((n) => !defined.has(n) && !natives.has(n) && !RUNTIME_NATIVE_NAMES.has(n));
    assert.deepStrictEqual(missing, []);
  });

  it('every native is declared in a header and not also defined in C', () => {
    assert.deepStrictEqual([...natives].filter((n) => !declared.has(n)), []);
    assert.deepStrictEqual([...natives].filter((n) => defined.has(n)), []);
  });
});
