// The compiled-program cache (src/c/compile-cache.ts): a second load of the same texts is a hit
// (the same program, nothing preprocessed or compiled again); a changed include, a header that
// appears where a lookup found none, or another option is a miss; a store below the memory is
// asked after the memory and filled after a compile.

import * as assert from 'assert';
import { clearProgramCache, loadProgram } from '../../../src/c';
import { compileCacheStats, setCompiledStore, type CompiledEntry, type CompiledStore } from '../../../src/c/compile-cache';

let seq = 0;

/** Sources in memory under a folder of their own (no other test shares its cache entries). */
function workspace(files: Record<string, string>): { dir: string; files: Record<string, string>; read: (p: string) => Promise<string>; reads: string[] } {
  const dir = `/cc-${process.pid}-${++seq}`;
  const abs: Record<string, string> = {};
  for (const [p, t] of Object.entries(files)) abs[`${dir}/${p}`] = t;
  const reads: string[] = [];
  return {
    dir,
    files: abs,
    reads,
    read: async (p) => {
      reads.push(p);
      if (!(p in abs)) throw new Error('ENOENT');
      return abs[p];
    },
  };
}

const delta = (before: typeof compileCacheStats) => ({
  memoryHits: compileCacheStats.memoryHits - before.memoryHits,
  storeHits: compileCacheStats.storeHits - before.storeHits,
  misses: compileCacheStats.misses - before.misses,
  stale: compileCacheStats.stale - before.stale,
});

async function load(ws: ReturnType<typeof workspace>, opts: { nativeNames?: Set<string> } = {}) {
  const before = { ...compileCacheStats };
  const r = await loadProgram([`${ws.dir}/t.c`], { reader: { read: ws.read }, includeDirs: [`${ws.dir}/inc`], ...opts });
  assert.ok(r.program, JSON.stringify(r.diagnostics));
  return { program: r.program, diagnostics: r.diagnostics, stats: delta(before) };
}

const SRC = '#include "h.h"\nint f(void) { return VAL; }\n#warning keep me\n';

describe('c/compile-cache', () => {
  it('a warm load is a hit: the same program object, with the warnings of its compilation', async () => {
    const ws = workspace({ 't.c': SRC, 'inc/h.h': '#define VAL 1\n' });
    const a = await load(ws);
    assert.deepStrictEqual(a.stats, { memoryHits: 0, storeHits: 0, misses: 1, stale: 0 });
    const b = await load(ws);
    assert.deepStrictEqual(b.stats, { memoryHits: 1, storeHits: 0, misses: 0, stale: 0 });
    assert.strictEqual(b.program, a.program);
    // The compilation's warnings come back with the hit.
    assert.deepStrictEqual(b.diagnostics.map((d) => d.message), a.diagnostics.map((d) => d.message));
    assert.ok(a.diagnostics.some((d) => d.severity === 'warning' && /keep me/.test(d.message)), JSON.stringify(a.diagnostics));
  });

  it('a changed include invalidates the entry, the new text is what is compiled, and the old text is still a hit', async () => {
    const ws = workspace({ 't.c': SRC, 'inc/h.h': '#define VAL 1\n' });
    const a = await load(ws);
    assert.strictEqual(a.program.symbols.macros.VAL.body, '1');
    ws.files[`${ws.dir}/inc/h.h`] = '#define VAL 2\n';
    const b = await load(ws);
    assert.deepStrictEqual(b.stats, { memoryHits: 0, storeHits: 0, misses: 1, stale: 1 });
    assert.strictEqual(b.program.symbols.macros.VAL.body, '2');
    assert.strictEqual((await load(ws)).stats.memoryHits, 1);
    // Back to the first text (an edit undone, a patch no longer applied): the first program.
    ws.files[`${ws.dir}/inc/h.h`] = '#define VAL 1\n';
    const c = await load(ws);
    assert.deepStrictEqual(c.stats, { memoryHits: 1, storeHits: 0, misses: 0, stale: 0 });
    assert.strictEqual(c.program, a.program);
  });

  it('a header that appears where an include lookup found nothing invalidates the entry', async () => {
    // "h.h" is looked up in t.c's own folder first (plain C), then in inc/.
    const ws = workspace({ 't.c': SRC, 'inc/h.h': '#define VAL 1\n' });
    await load(ws);
    assert.ok(ws.reads.includes(`${ws.dir}/h.h`), ws.reads.join(', '));
    ws.files[`${ws.dir}/h.h`] = '#define VAL 3\n';
    const b = await load(ws);
    assert.deepStrictEqual(b.stats, { memoryHits: 0, storeHits: 0, misses: 1, stale: 1 });
    assert.strictEqual(b.program.symbols.macros.VAL.body, '3');
  });

  it('other options (the natives) are another entry', async () => {
    const ws = workspace({ 't.c': SRC, 'inc/h.h': '#define VAL 1\n' });
    await load(ws);
    assert.strictEqual((await load(ws, { nativeNames: new Set(['x']) })).stats.misses, 1);
  });

  it('a program with errors is not cached', async () => {
    const ws = workspace({ 't.c': 'int f(void) { return nope; }\n' });
    for (let i = 0; i < 2; i++) {
      const before = { ...compileCacheStats };
      const r = await loadProgram([`${ws.dir}/t.c`], { reader: { read: ws.read }, includeDirs: [] });
      assert.strictEqual(r.program, undefined);
      assert.strictEqual(delta(before).misses, 1);
    }
  });

  it('a store is asked after the memory, filled after a compile, and a throwing store is only a miss', async () => {
    const saved = new Map<string, CompiledEntry>();
    let loads = 0;
    const store: CompiledStore = {
      load: (k) => (loads++, saved.get(k)),
      save: (e) => void saved.set(e.key, e),
    };
    setCompiledStore(store);
    try {
      const ws = workspace({ 't.c': SRC, 'inc/h.h': '#define VAL 1\n' });
      const a = await load(ws);
      assert.strictEqual(saved.size, 1);
      assert.deepStrictEqual([...saved.values()][0].reads.map(([p, h]) => [p.slice(ws.dir.length), h === null]), [
        ['/t.c', false],
        ['/h.h', true],
        ['/inc/h.h', false],
      ]);
      clearProgramCache();
      const b = await load(ws);
      assert.deepStrictEqual(b.stats, { memoryHits: 0, storeHits: 1, misses: 0, stale: 0 });
      assert.strictEqual(b.program, a.program);
      assert.strictEqual(loads, 2);
      // An entry of the store whose files changed is stale there too.
      ws.files[`${ws.dir}/t.c`] = SRC + '\n';
      clearProgramCache();
      assert.deepStrictEqual((await load(ws)).stats, { memoryHits: 0, storeHits: 0, misses: 1, stale: 1 });
      setCompiledStore({
        load: () => {
          throw new Error('broken store');
        },
        save: () => {
          throw new Error('broken store');
        },
      });
      clearProgramCache();
      assert.strictEqual((await load(ws)).stats.misses, 1);
    } finally {
      setCompiledStore(undefined);
    }
  });
});
