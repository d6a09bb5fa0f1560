// The CLI's compiled-program store on disk (src/cli/compile-cache-disk.ts): a new process (here:
// an emptied memory cache) loads the program from disk, equal to the one compiled — null-
// prototype symbol tables and C names such as `constructor` included — and runs it; a changed
// include is a miss; a corrupt, truncated or foreign entry is ignored without a crash and
// replaced; the folder stays under its bound; the folder follows XDG_CACHE_HOME.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { clearProgramCache, loadProgram, Machine, printfNatives } from '../../../src/c';
import { compileCacheStats, setCompiledStore, type CompiledEntry } from '../../../src/c/compile-cache';
import { decodeEntry, defaultCompiledDir, DiskCompiledStore, encodeEntry, installDiskCompiledStore } from '../../../src/cli/compile-cache-disk';
import { noModel } from '../c/run-c';

const SRC = [
  '#include "h.h"',
  'struct constructor { int toString; struct constructor *next; };',
  'static struct constructor node = { VAL, 0 };',
  'int hasOwnProperty(int x) { return x + node.toString; }',
  'int main(void) { printf("%d\\n", hasOwnProperty(40)); return 0; }',
  '',
].join('\n');

describe('cli/compile-cache-disk', () => {
  let tmp: string;
  let src: string;
  let store: DiskCompiledStore;
  const files = new Map<string, string>();
  const reader = { read: async (p: string) => {
    const t = files.get(p);
    if (t === undefined) throw new Error('ENOENT');
    return t;
  } };
  const load = async () => {
    const before = { ...compileCacheStats };
    const r = await loadProgram([`${src}/t.c`], { reader, includeDirs: [`${src}/inc`] });
    assert.ok(r.program, JSON.stringify(r.diagnostics));
    return { program: r.program, storeHits: compileCacheStats.storeHits - before.storeHits, misses: compileCacheStats.misses - before.misses };
  };
  const entryFiles = () => fs.readdirSync(store.dir).filter((n) => n.endsWith('.bin'));

  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-cc-'));
    src = path.join(tmp, 'src');
    files.clear();
    files.set(`${src}/t.c`, SRC);
    files.set(`${src}/inc/h.h`, '#define VAL 2\n#define constructor_of(x) (x)\n');
    store = new DiskCompiledStore({ dir: path.join(tmp, 'cache', 'mmstep', 'compiled'), identity: 'test build 1' });
    setCompiledStore(store);
    clearProgramCache();
  });
  afterEach(() => {
    setCompiledStore(undefined);
    clearProgramCache();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('a load in a new process reads the program from disk: equal to the compiled one, and it runs', async () => {
    const a = await load();
    assert.strictEqual(a.misses, 1);
    assert.strictEqual(entryFiles().length, 1);
    clearProgramCache();
    const b = await load();
    assert.strictEqual(b.storeHits, 1);
    assert.notStrictEqual(b.program, a.program);
    // deepStrictEqual compares prototypes too: the symbol tables are null-prototype again.
    assert.deepStrictEqual(b.program, a.program);
    assert.strictEqual(Object.getPrototypeOf(b.program.fnIndex), null);
    assert.strictEqual('toString' in b.program.fnIndex, false);
    assert.ok(b.program.structs.constructor && typeof b.program.structs.constructor === 'object');
    const out: string[] = [];
    let m: Machine;
    // eslint-disable-next-line prefer-const
    m = new Machine(b.program, printfNatives(() => m.state.mem), noModel, { warn: () => undefined, print: (t) => out.push(t) });
    const tid = m.spawn('main', 'main', [], 0);
    for (let i = 0; i < 1000 && m.step(tid).kind === 'stmt'; i++);
    assert.strictEqual(out.join(''), '42\n');
  });

  it('a changed include is a miss on disk too, and the entry is replaced', async () => {
    await load();
    files.set(`${src}/inc/h.h`, '#define VAL 3\n');
    clearProgramCache();
    const b = await load();
    assert.deepStrictEqual([b.storeHits, b.misses], [0, 1]);
    assert.strictEqual(b.program.symbols.macros.VAL.body, '3');
    assert.strictEqual(entryFiles().length, 1);
    clearProgramCache();
    assert.strictEqual((await load()).storeHits, 1);
  });

  for (const [what, spoil] of [
    ['garbage', (_b: Buffer) => Buffer.from('not an entry at all\n\u0000\u0001')],
    ['truncated', (b: Buffer) => b.subarray(0, Math.floor(b.length / 2))],
    ['one flipped payload byte', (b: Buffer) => {
      const c = Buffer.from(b);
      c[c.length - 10] ^= 0xff;
      return c;
    }],
    ['empty', (_b: Buffer) => Buffer.alloc(0)],
  ] as const) {
    it(`a corrupt entry (${what}) is ignored with no crash, and replaced by the recompiled one`, async () => {
      await load();
      const file = path.join(store.dir, entryFiles()[0]);
      fs.writeFileSync(file, spoil(fs.readFileSync(file)));
      clearProgramCache();
      const b = await load();
      assert.deepStrictEqual([b.storeHits, b.misses], [0, 1]);
      clearProgramCache();
      assert.strictEqual((await load()).storeHits, 1, 'the entry was written again');
    });
  }

  it('an entry of another build, or of another key under this name, is ignored', async () => {
    const a = await load();
    const file = path.join(store.dir, entryFiles()[0]);
    const entry = decodeEntry(fs.readFileSync(file), 'test build 1', keyOf(file));
    assert.ok(entry);
    assert.deepStrictEqual(entry.program, a.program);
    fs.writeFileSync(file, encodeEntry(entry, 'another build'));
    clearProgramCache();
    assert.deepStrictEqual([(await load()).storeHits], [0]);
    fs.writeFileSync(file, encodeEntry({ ...entry, key: 'some other key' }, 'test build 1'));
    clearProgramCache();
    assert.deepStrictEqual([(await load()).storeHits], [0]);
    // A well-formed payload that is not a program is refused too.
    const bad: CompiledEntry = { ...entry, program: { ...entry.program, functions: 'oops' as unknown as CompiledEntry['program']['functions'] } };
    fs.writeFileSync(file, encodeEntry(bad, 'test build 1'));
    clearProgramCache();
    assert.deepStrictEqual([(await load()).storeHits], [0]);
  });

  it('what is stored is plain data: an entry holding a function is not written', () => {
    const e = { key: 'k', reads: [], diagnostics: [], program: { functions: [{ name: 'f', code: [], run: () => 1 }] } } as unknown as CompiledEntry;
    assert.throws(() => encodeEntry(e, 'x'), /not plain data/);
  });

  it('the folder stays under its size bound, oldest entries first', async () => {
    const small = new DiskCompiledStore({ dir: store.dir, identity: 'test build 1', maxBytes: 1 });
    const base = (await load()).program;
    const entry = (key: string): CompiledEntry => ({ key, reads: [], diagnostics: [], program: base });
    small.save(entry('a'));
    small.save(entry('b'));
    small.save(entry('c'));
    // Over the bound after each save: only the entry just written is kept.
    assert.deepStrictEqual(entryFiles(), [path.basename(small.fileOf('c'))]);
    assert.ok(small.load('c'));
    assert.strictEqual(small.load('a'), undefined);
  });

  it('lives in $XDG_CACHE_HOME/mmstep/compiled, else ~/.cache/mmstep/compiled; MMSTEP_COMPILE_CACHE=off turns it off', () => {
    assert.strictEqual(defaultCompiledDir({ XDG_CACHE_HOME: '/x/cache' }), '/x/cache/mmstep/compiled');
    assert.strictEqual(defaultCompiledDir({}), path.join(os.homedir(), '.cache', 'mmstep', 'compiled'));
    assert.strictEqual(defaultCompiledDir({ XDG_CACHE_HOME: 'relative' }), path.join(os.homedir(), '.cache', 'mmstep', 'compiled'));
    assert.strictEqual(installDiskCompiledStore('0.0.0', { MMSTEP_COMPILE_CACHE: 'off', XDG_CACHE_HOME: tmp }), undefined);
    const s = installDiskCompiledStore('0.0.0', { XDG_CACHE_HOME: tmp });
    assert.strictEqual(s?.dir, path.join(tmp, 'mmstep', 'compiled'));
  });
});

/** The key an entry file holds (its header names it). */
function keyOf(file: string): string {
  const b = fs.readFileSync(file);
  const start = b.indexOf(10) + 1;
  return (JSON.parse(b.toString('utf8', start, b.indexOf(10, start))) as { key: string }).key;
}
