// The packed state message (src/webview/packed-state.ts, unpack-state.ts): a round trip gives
// back exactly what parseStateView keeps of the state, and renders the same; a packed message
// with any one value replaced by a hostile one never throws, is rejected with a path (a row
// value at the path it has in the StateView), or else stands for a state parseStateView accepts.

import * as assert from 'assert';
import * as fc from 'fast-check';
import { parseStateView } from '../../../src/protocol/check-state';
import type { StateView } from '../../../src/protocol/state';
import { packState } from '../../../src/webview/packed-state';
import { renderState } from '../../../src/webview/render-state';
import { unpackState } from '../../../src/webview/unpack-state';
import { toHtml } from '../../../src/webview/vnode';
import { bigState, stateAfterSecondPte, stateAtCollect } from './fixtures';
import { fuzzRuns, validState } from './fuzz-states';

/** Through JSON, as postMessage and setState carry it. */
function wire<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

function unpacked(s: StateView): StateView {
  const r = unpackState(wire(packState(s)));
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.state;
}

function checked(s: StateView): StateView {
  const r = parseStateView(wire(s));
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.state;
}

const HOSTILE: unknown[] = [null, undefined, 'x', '0x', -2, -1, 0, 1, 1.5, NaN, 2 ** 53, 99, {}, [], [0], true, 'a'.repeat(20000), { at: [], v: [] }];

type Seg = string | number;

/** Every path to a value inside `x` (objects and arrays, not through the `rest` StateView's small lists). */
function leaves(x: unknown, up: Seg[] = [], out: Seg[][] = []): Seg[][] {
  if (typeof x !== 'object' || x === null) {
    out.push(up);
    return out;
  }
  out.push(up);
  if (Array.isArray(x)) x.forEach((v, i) => leaves(v, [...up, i], out));
  else for (const [k, v] of Object.entries(x)) leaves(v, [...up, k], out);
  return out;
}

function replaced(x: unknown, path: Seg[], v: unknown): unknown {
  if (!path.length) return v;
  const c = (Array.isArray(x) ? [...x] : { ...(x as object) }) as Record<Seg, unknown>;
  c[path[0]] = replaced(c[path[0]], path.slice(1), v);
  return c;
}

/** The StateView path a packed row value stands for: ptes[p].<col>[i] → state.processes[p].ptes[i]. */
function rowPath(path: Seg[]): string | undefined {
  if (path[0] === 'ptes' && typeof path[1] === 'number' && typeof path[3] === 'number' && path.length === 4) return `state.processes[${path[1]}].ptes[${path[3]}]`;
  if (path[0] === 'pages' && typeof path[2] === 'number' && path.length === 3) return `state.pages[${path[2]}]`;
  if (path[0] === 'slots' && typeof path[1] === 'number' && typeof path[3] === 'number' && path.length === 4) return `state.arrays[${path[1]}].slots[${path[3]}]`;
  return undefined;
}

describe('packed state messages (packed-state.ts, unpack-state.ts)', function () {
  this.timeout(60000);

  it('round trip of the fixtures and a 4096-page state: what parseStateView keeps, rendered alike', () => {
    for (const s of [stateAtCollect(), stateAfterSecondPte(), bigState(4096)]) {
      const u = unpacked(s);
      assert.deepStrictEqual(u, checked(s));
      assert.strictEqual(toHtml(renderState(u)), toHtml(renderState(checked(s))));
    }
  });

  it('the rows travel as columns: no row object in the message, equal name lists sent once', () => {
    const p = wire(packState(bigState(4096)));
    assert.deepStrictEqual([p.rest.pages, p.rest.processes[0].ptes, p.rest.arrays[0].slots], [[], [], []]);
    assert.strictEqual(p.ptes[0].addr.length, 4096);
    assert.ok(p.lists.length <= 6, `${p.lists.length} name lists`);
    assert.ok(JSON.stringify(p).length < JSON.stringify(bigState(4096)).length / 2);
  });

  it('well-formed random states: the round trip is what parseStateView keeps', () => {
    fc.assert(
      fc.property(validState, (s) => {
        assert.deepStrictEqual(unpacked(s), checked(s));
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('one value of a packed message replaced by a hostile one: rejected with its path, or a valid state', () => {
    fc.assert(
      fc.property(validState, fc.nat(), fc.nat({ max: HOSTILE.length - 1 }), (s, pick, hi) => {
        const packed = wire(packState(s));
        const all = leaves(packed);
        const path = all[pick % all.length];
        const msg = replaced(packed, path, HOSTILE[hi]);
        const r = unpackState(msg === undefined ? undefined : wire(msg));
        if (!r.ok) {
          assert.match(r.message, /^state(\.[A-Za-z]+|\[\d+\])*: \S/, 'a rejection starts with a path');
          assert.ok(r.message.length < 600);
          const row = rowPath(path);
          const at = r.message.slice(0, r.message.indexOf(': '));
          if (row) assert.ok(at.startsWith(row) || at === row.replace(/\[\d+\]$/, ''), `${path.join('.')} := ${String(HOSTILE[hi]).slice(0, 20)} rejected as ${r.message}`);
          return;
        }
        // Accepted: it stands for a state the full validator accepts as it is.
        const again = parseStateView(wire(r.state));
        assert.ok(again.ok, again.ok ? '' : again.message);
        assert.deepStrictEqual(again.state, wire(r.state));
      }),
      { numRuns: fuzzRuns(600) },
    );
  });

  it('row values are checked as the StateView checks them, with its paths', () => {
    const p = wire(packState(stateAtCollect()));
    const bad = (f: (q: typeof p) => void): string => {
      const q = wire(p);
      f(q);
      const r = unpackState(q);
      return r.ok ? 'accepted' : r.message;
    };
    assert.strictEqual(bad((q) => (q.ptes[0].pfn[1] = -2)), 'state.processes[0].ptes[1].pfn: expected an integer in 0..4503599627370496, got -2');
    assert.strictEqual(bad((q) => (q.ptes[0].addr[0] = 'zz')), 'state.processes[0].ptes[0].addr: expected a hex value like 0x1f, got the string "zz"');
    assert.strictEqual(bad((q) => (q.ptes[0].kind[2] = 9)), 'state.processes[0].ptes[2].kind: expected one of none, present, migration, device-private, device-exclusive, swap (as its index 0..5), got 9');
    assert.strictEqual(bad((q) => (q.pages.refcount[0] = 1.5)), 'state.pages[0].refcount: expected an integer in -2147483648..2147483647, got 1.5');
    assert.strictEqual(bad((q) => q.pages.key.pop()), `state.pages: packed column pfn: expected ${p.pages.key.length - 1} entries (one per row), got ${p.pages.key.length}`);
    assert.strictEqual(bad((q) => (q.lists[0] = [null as unknown as string])), 'state.lists[0][0]: expected a string, got null');
    assert.strictEqual(bad((q) => (q.rest.processes[0].name = 7 as unknown as string)), 'state.processes[0].name: expected a string, got 7');
    assert.strictEqual(bad((q) => (q.rest.pages = [checked(stateAtCollect()).pages[0]])), 'state.pages: expected [] in a packed state (the rows travel in state.pages), got an array of 1');
    assert.strictEqual(bad((q) => ((q as { v: number }).v = 2)), 'state.v: expected packed format 1, got 2');
    assert.strictEqual(unpackState(null).ok, false);
  });

  it('unknown keys of the message are not read into the state', () => {
    const p = wire(packState(stateAtCollect())) as unknown as Record<string, unknown>;
    const evil = JSON.parse(JSON.stringify(p).replace('{"key":', '{"__proto__":{"polluted":1},"x-unknown":1,"key":'));
    const r = unpackState({ ...evil, extra: [1, 2] });
    assert.ok(r.ok, r.ok ? '' : r.message);
    assert.deepStrictEqual(r.state, checked(stateAtCollect()));
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
  });
});
