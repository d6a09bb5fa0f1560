// The page-table picture without a browser: the model's walk of a range that crosses a pmd
// boundary (view builder: tables and unpopulated slots), the grouping into pte tables and runs,
// the SVG VNodes (a boundary between the two tables, the current pmd highlighted, culprits and
// stale TLB entries marked in text), the text export, all-zero migration arrays said honestly,
// and the new optional fields surviving validation.

import * as assert from 'assert';
import { buildStateView, type MemorySpec } from '../../../src/mm/index';
import { createModel } from '../../../src/mm/build';
import { parseStateView } from '../../../src/protocol/check-state';
import { arrayItems } from '../../../src/webview/render-arrays';
import { renderState } from '../../../src/webview/render-state';
import { exportText, pictureText } from '../../../src/webview/picture-export';
import { MAX_RUNS, walkOf } from '../../../src/webview/pgtable-model';
import { findAll, hasClass, textOf, VElement } from '../../../src/webview/vnode';
import { bigState } from './fixtures';
import { PMD1, stateCrossingPmds } from './fixtures-pgtable';

const marks = (s = stateCrossingPmds()) => ({
  changed: new Set(s.changed),
  culprits: new Set(s.violations.flatMap((v) => v.culprits ?? [])),
  focus: s.focus ? parseInt(s.focus.addr, 16) : undefined,
});

function svgOf(tree: VElement): VElement {
  const svgs = findAll(tree, (e) => e.tag === 'svg');
  assert.strictEqual(svgs.length, 1, 'one picture per process');
  return svgs[0];
}

describe('page-table picture (model and VNodes)', () => {
  it('the view builder lists the walk of a range crossing two pmds, and marks slots no pte table covers', () => {
    // Two pages below the 2 MiB boundary at 0x200000, none above it: the second pte table does not exist.
    const spec: MemorySpec = {
      processes: [{ pid: 1, name: 'app', vmas: [{ start: '0x100000', end: '0x400000' }], pages: [{ addr: '0x1fe000' }, { addr: '0x1ff000' }] }],
    };
    const m = createModel(spec);
    const v = buildStateView(m, { threadName: (t) => `t${t}`, ranges: [{ pid: 1, start: 0x1fe000, end: 0x202000 }], focus: { addr: 0x1ff00c } });
    const p = v.processes[0];
    assert.deepStrictEqual(
      (p.tables ?? []).map((t) => [t.level, t.base, t.index, t.used]),
      [
        ['pgd', '0x0', undefined, 1],
        ['p4d', '0x0', 0, 1],
        ['pud', '0x0', 0, 1],
        ['pmd', '0x0', 0, 1],
        ['pte', '0x0', 0, 2],
      ],
    );
    assert.deepStrictEqual(
      p.ptes.map((e) => [e.addr, e.kind, e.populated]),
      [
        ['0x1fe000', 'present', undefined],
        ['0x1ff000', 'present', undefined],
        ['0x200000', 'none', false],
        ['0x201000', 'none', false],
      ],
    );
    assert.deepStrictEqual(v.focus, { addr: '0x1ff00c' });
    const r = parseStateView(JSON.parse(JSON.stringify(v)));
    assert.ok(r.ok, r.ok ? '' : r.message);
    assert.deepStrictEqual(r.state.processes[0].tables, p.tables);
    assert.deepStrictEqual(r.state.focus, v.focus);
    const w = walkOf(r.state.processes[0], { changed: new Set(), culprits: new Set(), focus: 0x1ff00c });
    assert.deepStrictEqual(
      w.tables.map((t) => [t.pmd, t.populated, t.ptes, t.focus]),
      [
        [0, true, 2, true],
        [1, false, 2, false],
      ],
    );
  });

  it('groups a range crossing two pmds into two pte tables, with the pmd of the current address marked', () => {
    const s = stateCrossingPmds();
    const w = walkOf(s.processes[0], marks(s));
    assert.deepStrictEqual(w.pgd, [254]);
    assert.deepStrictEqual(w.pud, [0]);
    assert.deepStrictEqual(
      w.tables.map((t) => [t.base.toString(16), t.pmd, t.ptes, t.used, t.focus, t.culprit]),
      [
        ['7f0000000000', 0, 4, 4, false, true],
        [PMD1.toString(16), 1, 4, 2, true, false],
      ],
    );
    // Short tables draw every PTE on its own row.
    assert.deepStrictEqual(
      w.tables[0].runs.map((r) => r.ptes.length),
      [1, 1, 1, 1],
    );
    assert.strictEqual(w.tables[1].runs[1].focus, true, 'pte [1] of the second table holds the current address');
  });

  it('draws the pmd boundary between the two pte tables, and marks culprits, changes, migration and stale TLB entries in text', () => {
    const s = stateCrossingPmds();
    const svg = svgOf(renderState(s));
    const tables = findAll(svg, (e) => hasClass(e, 'pte-table'));
    assert.deepStrictEqual(
      tables.map((t) => t.attrs['data-base']),
      ['0x7f0000000000', '0x7f0000200000'],
    );
    const boundary = findAll(svg, (e) => hasClass(e, 'pmd-boundary'));
    assert.strictEqual(boundary.length, 1);
    assert.strictEqual(boundary[0].attrs['data-at'], '0x7f0000200000');
    assert.match(textOf(boundary[0]), /pmd boundary 0x7f0000200000/);
    // The boundary line lies below every row of the first table and above every row of the second.
    const y = Number(findAll(boundary[0], (e) => e.tag === 'line')[0].attrs.y1);
    const rowY = (t: VElement) => findAll(t, (e) => hasClass(e, 'pt-row')).map((r) => Number(/translate\(\S+ (\S+)\)/.exec(String(r.attrs.transform))![1]));
    assert.ok(Math.max(...rowY(tables[0])) + 18 <= y, 'first table ends above the boundary');
    assert.ok(Math.min(...rowY(tables[1])) >= y, 'second table starts below the boundary');
    assert.ok(hasClass(tables[1], 'focus-pmd') && !hasClass(tables[0], 'focus-pmd'), 'the pmd of addr is highlighted');
    assert.match(textOf(tables[1]), /▶ pte table pmd\[1\] · 2\/512/);
    const culprit = findAll(svg, (e) => hasClass(e, 'pt-row') && hasClass(e, 'culprit'));
    assert.deepStrictEqual(
      culprit.map((e) => e.attrs['data-ref']),
      ['pte:1:0x7f00001fd000', 'page:257'],
    );
    assert.match(textOf(culprit[0]), /✖Δ \[509\] migration W/);
    const stale = findAll(svg, (e) => hasClass(e, 'tlb-run') && hasClass(e, 'stale'));
    assert.strictEqual(stale.length, 1);
    assert.match(textOf(stale[0]), /⚠ stale/);
    assert.strictEqual(findAll(svg, (e) => e.tag === 'path' && hasClass(e, 'from-stale')).length, 1, 'a stale arrow');
    assert.strictEqual(findAll(svg, (e) => e.tag === 'path' && hasClass(e, 'from-migration')).length, 2, 'two migration-entry arrows');
    // Arrows: 6 PTEs and 2 TLB entries name frames; device memory is labelled as such.
    assert.strictEqual(findAll(svg, (e) => e.tag === 'path' && /\bfrom-(present|migration|device-private|stale|tlb)\b/.test(String(e.attrs.class))).length, 8);
    assert.match(textOf(findAll(svg, (e) => hasClass(e, 'frame') && hasClass(e, 'device'))[0]), /dev 0x10000 r1\/m1$/);
    // Tables: culprits get their own class and marker, apart from changes.
    const tree = renderState(s);
    const pteRow = findAll(tree, (e) => e.tag === 'tr' && e.attrs['data-key'] === 'pte:1:0x7f00001fd000')[0];
    assert.ok(hasClass(pteRow, 'culprit') && hasClass(pteRow, 'changed'));
    assert.strictEqual(findAll(pteRow, (e) => hasClass(e, 'culprit-mark')).length, 1);
    const changedOnly = findAll(tree, (e) => e.tag === 'tr' && e.attrs['data-key'] === 'pte:1:0x7f0000200000')[0];
    assert.ok(hasClass(changedOnly, 'changed') && !hasClass(changedOnly, 'culprit'));
  });

  it('the PTE table has no column repeating the decoded entry: address, kind, maps first, bits and raw fold', () => {
    const tree = renderState(stateCrossingPmds());
    const head = findAll(tree, (e) => e.tag === 'table' && hasClass(e, 'ptes'))[0];
    const ths = findAll(head, (e) => e.tag === 'th').map((t) => [textOf(t), String(t.attrs.class ?? '')]);
    assert.deepStrictEqual(ths.map((t) => t[0]), ['Δ', 'address', 'kind', 'maps', 'bits', 'raw']);
    assert.ok(ths[4][1].includes('fold-2') && ths[5][1].includes('fold-3'));
    assert.strictEqual(findAll(head, (e) => e.tag === 'td' && hasClass(e, 'text')).length, 0);
  });

  it('aggregates long runs: a 4096-page state is a bounded picture', () => {
    const s = bigState(4096);
    const w = walkOf(s.processes[0], { changed: new Set(s.changed), culprits: new Set() });
    assert.strictEqual(w.tables.length, 8, '4096 pages = 8 pte tables of 512');
    const rows = w.tables.reduce((n, t) => n + t.runs.length, 0);
    assert.ok(rows < 60, `${rows} rows for 4096 PTEs`);
    assert.strictEqual(w.tables.reduce((n, t) => n + t.runs.reduce((k, r) => k + r.ptes.length, 0), 0), 4096, 'every PTE is in a run');
    // Changed PTEs stand alone.
    for (const t of w.tables) for (const r of t.runs) if (r.changed) assert.strictEqual(r.ptes.length, 1);
    const svg = svgOf(renderState(s));
    assert.strictEqual(findAll(svg, (e) => hasClass(e, 'pmd-boundary')).length, 7);
    // A table of 512 alternating kinds has more runs than the picture draws: the middle is summarised.
    const alt = bigState(512);
    alt.processes[0].ptes.forEach((p, i) => (p.kind = i % 2 ? 'present' : 'swap'));
    const t = walkOf(alt.processes[0], { changed: new Set(), culprits: new Set() }).tables[0];
    assert.ok(t.runs.length <= MAX_RUNS, `${t.runs.length} rows`);
    const gap = t.runs.find((r) => r.skipped !== undefined);
    assert.ok(gap && gap.skipped! > 400, 'a summary row stands for the PTEs not drawn');
  });

  it('exports the walk as ASCII text with the boundary, markers and the state excerpt', () => {
    const s = stateCrossingPmds();
    const t = pictureText(s, 1);
    assert.match(t, /^pid 1 app: pgd\[254\] -> p4d \(folded\) -> pud\[0\] -> pmd$/m);
    assert.match(t, /^ {2}---- pmd boundary 0x7f0000200000 ----$/m);
    assert.match(t, /^ {2}>pmd\[1\] pte table 0x7f0000200000-0x7f00003fffff: 4 ptes, addr 0x7f000020100c here$/m);
    assert.match(t, /^ {3}!\* {2}\[509\] +migration write -> pfn 0x101$/m);
    assert.match(t, /tlb cpu 0: 0x7f00001fc000 -> pfn 0x100 \(W\) {2}STALE/);
    assert.ok(/^[\x20-\x7e\n]*$/.test(exportText(s)), 'ASCII only');
    assert.match(exportText(s), /violation migration-entry-locked/);
  });

  it('says an all-zero migration array is all zero, and how many trailing zero slots were left out', () => {
    const s = stateCrossingPmds();
    const [src, dst] = s.arrays;
    assert.deepStrictEqual(arrayItems(dst), [{ zeros: { from: 0, to: 7, all: true } }]);
    assert.deepStrictEqual(arrayItems(src).slice(-1), [{ zeros: { from: 2, to: 7, all: false } }]);
    const text = textOf(renderState(s));
    assert.match(text, /all 8 slots 0/);
    assert.match(text, /slots \[2\]–\[7\] 0 \(6 slots\)/);
    const r = parseStateView(s);
    assert.ok(r.ok);
    assert.strictEqual(r.state.arrays[1].length, 8);
    assert.deepStrictEqual(r.state.violations[0].culprits, s.violations[0].culprits);
  });
});
