// A scenario's function names are C names (issue 8, translation units): `entry: { function: X }`
// finds a static that two units define and the program calls `X@file.c` when only one unit has
// an X, `X@file.c` is accepted as written, and a name several units define is an error at the
// scenario's key listing the candidates. Threads' `function`, `after-call` and `in` follow the
// same rule.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { resolveFnName } from '../../../src/sim/fn-names';
import { loadScenario } from '../../../src/sim/load';
import { Simulation } from '../../../src/sim/simulation';
import { LoadError } from '../../../src/sim/types';

const C: Record<string, string> = {
  'a.c': 'static int helper(int n) { return n + 1; }\nint run_a(int n) { return helper(n); }\n',
  'b.c': 'static int helper(int n) { return n + 2; }\nint run_b(int n) { return helper(n); }\n',
  // an external `twin` and another unit's static one (the static is `twin@d.c`)
  'c.c': 'int twin(int n) { return n * 3; }\n',
  'd.c': 'static int twin(int n) { return n * 5; }\nint run_d(int n) { return twin(n); }\n',
  'e.c': 'int lone(int n) { return n * 7; }\nint spy(void) { return 0; }\n',
};

describe('scenario function names: statics renamed name@file.c', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-entry-statics-'));
    for (const [f, t] of Object.entries(C)) fs.writeFileSync(path.join(dir, f), t);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function scenario(name: string, entry: string, extra = ''): string {
    const file = path.join(dir, `${name}.mmstep.yaml`);
    fs.writeFileSync(
      file,
      [
        `name: ${name}`,
        `sources: [${Object.keys(C).join(', ')}]`,
        `entry: { function: '${entry}', args: [10] }`,
        ...(extra ? [extra] : []),
        'memory:',
        '  processes: [{ pid: 1, vmas: [{ start: 0x10000, end: 0x11000 }] }]',
        '',
      ].join('\n'),
    );
    return file;
  }

  async function returned(file: string): Promise<string | undefined> {
    const sim = await Simulation.load(file, new NodeFileAccess(undefined, [dir]));
    sim.runToEnd();
    return sim.result().returned;
  }

  async function loadErrors(file: string): Promise<string[]> {
    try {
      await loadScenario(file, new NodeFileAccess(undefined, [dir]));
    } catch (e) {
      if (e instanceof LoadError) return e.diagnostics.map((d) => `${path.basename(d.file)}:${d.line}:${d.column}: ${d.message}`);
      throw e;
    }
    return [];
  }

  it('accepts X@file.c as written', async () => {
    assert.strictEqual(await returned(scenario('explicit', 'helper@b.c')), '12');
    assert.strictEqual(await returned(scenario('explicit-d', 'twin@d.c')), '50');
  });

  it('a plain name only one unit defines is that function', async () => {
    assert.strictEqual(await returned(scenario('plain', 'lone')), '70');
    assert.strictEqual(await returned(scenario('plain-run', 'run_a')), '11');
  });

  it('a plain name several units define is an error at the entry key listing them', async () => {
    assert.deepStrictEqual(await loadErrors(scenario('two-statics', 'helper')), [
      "two-statics.mmstep.yaml:3:20: C function 'helper' is ambiguous: 2 units define it ('helper@a.c', 'helper@b.c'); name one of them",
    ]);
    assert.deepStrictEqual(await loadErrors(scenario('extern-and-static', 'twin')), [
      "extern-and-static.mmstep.yaml:3:20: C function 'twin' is ambiguous: 2 units define it ('twin', 'twin@d.c'); name one of them",
    ]);
    assert.deepStrictEqual(await loadErrors(scenario('no-such', 'helper@e.c')), ["no-such.mmstep.yaml:3:20: no C function 'helper@e.c' in the scenario's sources; did you mean 'helper@a.c' or 'helper@b.c'?"]);
  });

  it("threads' function, after-call and in: the same rule", async () => {
    const ok = scenario('threads-ok', 'run_d', "threads:\n  - { name: t, function: spy, start: { after-call: twin@d.c, in: run_d } }");
    const l = await loadScenario(ok, new NodeFileAccess(undefined, [dir]));
    const start = l.scenario.threads[0].start;
    assert.deepStrictEqual(typeof start === 'object' && 'afterCall' in start ? [start.afterCall, start.in] : start, ['twin@d.c', 'run_d']);
    const bad = scenario('threads-bad', 'run_b', "threads:\n  - { name: t, function: twin, start: { after-call: helper, in: 'helper@c.c' } }");
    assert.deepStrictEqual(await loadErrors(bad), [
      "threads-bad.mmstep.yaml:5:26: C function 'twin' is ambiguous: 2 units define it ('twin', 'twin@d.c'); name one of them",
      "threads-bad.mmstep.yaml:5:53: C function 'helper' is ambiguous: 2 units define it ('helper@a.c', 'helper@b.c'); name one of them",
      "threads-bad.mmstep.yaml:5:65: no C function 'helper@c.c' in the scenario's sources; did you mean 'helper@a.c' or 'helper@b.c'?",
    ]);
    // A name that is not a C name nor name@file: the schema's message.
    assert.match((await loadErrors(scenario('bad-name', 'helper@'))).join('\n'), /expected a C function name \(name@file\.c for a static that several files define\)/);
  });
});

describe('resolveFnName', () => {
  const idx = (names: string[]): Record<string, number> => Object.fromEntries(names.map((n, i) => [n, i]));
  it('the plain name of one external or one X@file, X@file as written, several: the candidates', () => {
    assert.deepStrictEqual(resolveFnName(idx(['f', 'g@a.c']), 'f'), { name: 'f' });
    assert.deepStrictEqual(resolveFnName(idx(['f', 'g@a.c']), 'g'), { name: 'g@a.c' });
    assert.deepStrictEqual(resolveFnName(idx(['g@a.c', 'g@b.c']), 'g@b.c'), { name: 'g@b.c' });
    assert.deepStrictEqual(resolveFnName(idx(['g@b.c', 'g@a.c', 'g@a.c#2']), 'g'), { ambiguous: ['g@a.c', 'g@a.c#2', 'g@b.c'] });
    assert.deepStrictEqual(resolveFnName(idx(['g', 'g@b.c']), 'g'), { ambiguous: ['g', 'g@b.c'] });
    assert.deepStrictEqual(resolveFnName(idx(['gg@a.c']), 'g'), { missing: true });
    assert.deepStrictEqual(resolveFnName(idx(['g@a.c']), 'g@b.c'), { missing: true });
  });
});
