// The timeline's pure parts (issue 10): steps ↔ strip x, the stage of a step, which marks get a
// button, the VNode tree of the strip (shapes per kind, the position, the slider's bounds), the
// side-by-side comparison (pairs of the panel's own rows, aligned and marked), dense change marks, the data breakpoints offered per key, and the checks
// of timeline messages in both directions.

import * as assert from 'assert';
import { checkTimelineView, type TimelineView } from '../../../src/protocol/timeline';
import { dataIdsFor, listedMarks, renderCompare, renderLastWrite, renderTimeline, stageAt, stepX, STRIP_WIDTH, xStep } from '../../../src/webview/render-timeline';
import { checkTimelineRequest } from '../../../src/webview/timeline-messages';
import { differingKeys } from '../../../src/webview/render-compare';
import { findAll, hasClass, textOf, type VElement } from '../../../src/webview/vnode';
import { stateAfterSecondPte, stateAtCollect } from './fixtures';

const T: TimelineView = {
  position: 50,
  recorded: 200,
  stages: [
    { step: 0, name: 'start' },
    { step: 20, name: 'collect' },
    { step: 120, name: 'unmap' },
  ],
  marks: [
    { step: 30, kind: 'breakpoint', label: 'breakpoint' },
    { step: 50, kind: 'change', label: 'Δ 1' },
    { step: 150, kind: 'violation', label: '⚠ mapcount' },
  ],
};

describe('timeline rendering (pure)', () => {
  it('maps steps to the strip and back', () => {
    for (const s of [0, 1, 77, 199, 200]) assert.strictEqual(xStep(stepX(s, 200), 200), s);
    assert.strictEqual(stepX(200, 200), STRIP_WIDTH);
    assert.strictEqual(stepX(5, 0), 0);
    assert.strictEqual(xStep(-10, 200), 0);
    assert.strictEqual(xStep(STRIP_WIDTH * 2, 200), 200);
  });

  it('tells the stage of a step', () => {
    assert.strictEqual(stageAt(T, 0), 'start');
    assert.strictEqual(stageAt(T, 20), 'collect');
    assert.strictEqual(stageAt(T, 119), 'collect');
    assert.strictEqual(stageAt(T, 200), 'unmap');
  });

  it('draws every mark with the shape of its kind, the position and the stages', () => {
    const tree = renderTimeline(T);
    const shapes = findAll(tree, (e) => hasClass(e, 'tl-mark')).map((e) => `${e.tag}:${e.attrs['data-goto-step']}`);
    assert.deepStrictEqual(shapes, ['circle:30', 'path:50', 'path:150']);
    const current = findAll(tree, (e) => hasClass(e, 'tl-stage') && hasClass(e, 'current'));
    assert.deepStrictEqual(current.map(textOf).map((t) => t.split('stage')[0]), ['collect']);
    const line = findAll(tree, (e) => e.tag === 'line' && e.attrs.x1 !== undefined)[0];
    assert.strictEqual(line.attrs.x1, 250);
    const slider = findAll(tree, (e) => hasClass(e, 'tl-scrub'))[0];
    assert.deepStrictEqual([slider.attrs.min, slider.attrs.max, slider.attrs.value], [0, 200, 50]);
    assert.match(String(slider.attrs['aria-valuetext']), /step 50, stage collect/);
    const prev = findAll(tree, (e) => hasClass(e, 'tl-prev'))[0];
    const next = findAll(tree, (e) => hasClass(e, 'tl-next'))[0];
    assert.deepStrictEqual([prev.attrs['data-goto-step'], next.attrs['data-goto-step']], [30, 150]);
    // The legend and the buttons say what the marks are, not only their colour.
    assert.match(textOf(tree), /● breakpoint {2}Δ change {2}⚠ violation/);
  });

  it('says where a drag would go, and that the debugger is moving', () => {
    assert.match(textOf(renderTimeline(T, { preview: 130 })), /→ step 130 · unmap: release to go there/);
    assert.doesNotMatch(textOf(renderTimeline(T, { preview: 50 })), /release to go there/);
    assert.match(textOf(renderTimeline(T, { busy: true })), /moving the debugger…/);
    // after the session ended the controls stay disabled, but nothing is moving any more
    const ended = renderTimeline(T, { busy: true, ended: true });
    assert.doesNotMatch(textOf(ended), /moving the debugger/);
    assert.ok(hasClass(ended, 'busy'));
    const slider = findAll(renderTimeline(T, { preview: 130 }), (e) => hasClass(e, 'tl-scrub'))[0];
    assert.strictEqual(slider.attrs.value, 130);
  });

  it('lists all breakpoints and violations, and the changes nearest the position, at most 40', () => {
    const marks = Array.from({ length: 300 }, (_, i) => ({ step: i, kind: 'change' as const, label: 'Δ' }));
    marks.push({ step: 299, kind: 'violation' as const, label: '⚠' } as never);
    const listed = listedMarks({ ...T, recorded: 300, position: 100, marks });
    assert.strictEqual(listed.length, 40);
    assert.ok(listed.some((m) => m.kind === 'violation'));
    assert.ok(listed.filter((m) => m.kind === 'change').every((m) => Math.abs(m.step - 100) <= 20));
  });

  it('compares two steps side by side: each differing object as a pair of the panel\'s own rows', () => {
    const then = { ...stateAtCollect(), changed: [] };
    const now = stateAfterSecondPte();
    const tree = renderCompare(12, then, now);
    const pairs = findAll(tree, (e) => e.tag === 'tr' && e.attrs['data-compare-key'] !== undefined);
    const keys = pairs.map((e) => e.attrs['data-compare-key']);
    assert.ok(keys.includes('pte:1:0x7f0000001000'), keys.join(' '));
    assert.ok(!keys.includes('pte:1:0x7f0000003000'), 'an unchanged PTE is not listed');
    assert.strictEqual(tree.attrs['data-differences'], keys.length);
    assert.deepStrictEqual(keys, differingKeys(then, now));
    for (const pair of pairs) {
      // Two cells, step N then now, each holding a row drawn by the state panel's renderer.
      const cells = pair.children.filter((c): c is VElement => typeof c !== 'string' && c.tag === 'td');
      assert.deepStrictEqual(cells.map((c) => c.attrs.class), ['tl-side tl-then', 'tl-side tl-now']);
      const rows = cells.map((c) => findAll(c, (e) => e.tag === 'tr')[0]);
      for (const r of rows) {
        assert.ok(hasClass(r, 'changed'), `${pair.attrs['data-compare-key']}: marked on both sides`);
        assert.strictEqual(r.attrs.id, undefined, 'no second copy of a panel row id');
      }
    }
    const pte = pairs.find((p) => p.attrs['data-compare-key'] === 'pte:1:0x7f0000001000')!;
    const [thenRow, nowRow] = findAll(pte, (e) => e.tag === 'tr' && hasClass(e, 'pte'));
    assert.ok(thenRow && nowRow, 'PTE rows of the PTE renderer on both sides');
    assert.notStrictEqual(textOf(thenRow), textOf(nowRow));
    // Unchanged objects on request, aligned as well, not marked.
    const all = renderCompare(12, then, now, undefined, { all: true });
    const allKeys = findAll(all, (e) => e.tag === 'tr' && e.attrs['data-compare-key'] !== undefined);
    assert.ok(allKeys.length > pairs.length && allKeys.some((p) => p.attrs['data-compare-key'] === 'pte:1:0x7f0000003000'));
    assert.ok(!hasClass(allKeys.find((p) => p.attrs['data-compare-key'] === 'pte:1:0x7f0000003000')!, 'tl-differs'));
    const same = renderCompare(12, then, { ...then });
    assert.match(textOf(same), /no differences/);
    assert.match(textOf(renderCompare(9, undefined, now, 'step 9 has not been executed yet')), /Cannot compare with step 9: step 9 has not been executed yet/);
  });

  it('draws change marks of a long run as ticks as wide as their span, with count and kinds', () => {
    const marks: TimelineView['marks'] = Array.from({ length: 400 }, (_, i) => ({ step: i * 10, kind: 'change' as const, label: 'Δ', end: i * 10 + 9, count: 3, kinds: ['pte' as const, 'lock' as const] }));
    const t: TimelineView = { position: 10, recorded: 4000, stages: [{ step: 0, name: 'start' }], marks };
    const ticks = findAll(renderTimeline(t), (e) => hasClass(e, 'tl-tick'));
    assert.strictEqual(ticks.length, 400);
    assert.ok(hasClass(ticks[0], 'tl-kind-pte') && hasClass(ticks[0], 'tl-kind-lock'));
    assert.match(textOf(ticks[0]), /change ×3 at steps 0–9 \(pte, lock\)/);
    assert.ok(Number(ticks[1].attrs.width) >= 1);
    assert.strictEqual(checkTimelineView(t).ok, true);
    assert.strictEqual(checkTimelineView({ ...t, marks: [{ ...marks[0], end: -1 }] }).ok, false);
    assert.strictEqual(checkTimelineView({ ...t, marks: [{ ...marks[0], kinds: ['stack'] }] }).ok, false);
  });

  it('offers data breakpoints per key, and says where a key was written', () => {
    assert.deepStrictEqual(dataIdsFor('pte:1:0x7f0000000000').map((d) => d.dataId), ['pte:1:0x7f0000000000']);
    assert.deepStrictEqual(dataIdsFor('page:256').map((d) => d.dataId).slice(0, 2), ['page:256:refcount', 'page:256:mapcount']);
    assert.deepStrictEqual(dataIdsFor('tlb:0:1:0x1000').map((d) => d.dataId), ['tlb:0:1:0x1000']);
    assert.deepStrictEqual(dataIdsFor('slot:src:0'), []);
    const note = renderLastWrite('page:256', { key: 'page:256', step: 40, value: 'pfn 0x100: refcount 1', at: { file: '/k/mm/migrate_device.c', line: 250, column: 3, function: 'f' } }, undefined, false);
    assert.match(textOf(note), /last changed at step 40 by f\(\) mm\/migrate_device\.c:250/);
    assert.strictEqual(findAll(note, (e) => hasClass(e, 'tl-data-breakpoint')).length, 0, 'no buttons when the adapter has no data breakpoints');
    assert.strictEqual(findAll(note, (e) => hasClass(e, 'tl-goto-write'))[0].attrs['data-goto-step'], 39);
  });

  it('checks timeline messages', () => {
    assert.ok(checkTimelineView(T).ok);
    assert.match((checkTimelineView({ ...T, position: -1 }) as { message: string }).message, /position/);
    assert.match((checkTimelineView({ ...T, marks: [{ step: 1, kind: 'boom', label: '' }] }) as { message: string }).message, /mark 0/);
    assert.match((checkTimelineView({ ...T, stages: 'x' }) as { message: string }).message, /stages/);
    assert.deepStrictEqual(checkTimelineRequest({ type: 'gotoStep', step: 3 }), { type: 'gotoStep', step: 3 });
    assert.strictEqual(checkTimelineRequest({ type: 'gotoStep', step: 1.5 }), undefined);
    assert.strictEqual(checkTimelineRequest({ type: 'revealLastWrite', key: '' }), undefined);
    assert.deepStrictEqual(checkTimelineRequest({ type: 'compare', step: null }), { type: 'compare', step: null });
    assert.strictEqual(checkTimelineRequest({ type: 'nope' }), undefined);
  });
});
