// "Set value…" from the state panel, the pure parts (issue 10): the host's check of the
// webview's setValue message (only the panel's page / pte / TLB keys, only a page's settable
// fields), the note's Set value buttons per key, the line that says how it went, the ✎ marks of
// what StateView.edited names (a page's field cell, a PTE or TLB row), and the host's key
// parsing, current values, value checks and setExpression text (src/extension/set-value-input.ts).

import * as assert from 'assert';
import { checkStateView } from '../../../src/protocol/check-state';
import type { StateView } from '../../../src/protocol/state';
import { checkValue, currentValue, describeTarget, expressionOf, parseSetKey, type SetTarget } from '../../../src/extension/set-value-input';
import { renderLastWrite } from '../../../src/webview/render-timeline';
import { renderState, summarize } from '../../../src/webview/render-state';
import { renderSetOffers, renderValueSet } from '../../../src/webview/set-value-view';
import { checkTimelineRequest } from '../../../src/webview/timeline-messages';
import { findAll, hasClass, rowSources, textOf, type VElement } from '../../../src/webview/vnode';
import { stateAtCollect } from './fixtures';

const target = (key: string, field?: string): SetTarget => {
  const t = parseSetKey(key, field);
  assert.ok(!('error' in t), JSON.stringify(t));
  return t;
};

/** Every row of the state's tables, built (the tables are lazy). */
function rows(tree: VElement): VElement[] {
  return rowSources(tree).flatMap((s) => Array.from({ length: s.count }, (_, i) => s.row(i)));
}

describe('Set value from the state panel (pure parts)', () => {
  it('the host takes setValue only for panel keys, and fields only of a page', () => {
    assert.deepStrictEqual(checkTimelineRequest({ type: 'setValue', key: 'page:256', field: 'refcount' }), { type: 'setValue', key: 'page:256', field: 'refcount' });
    assert.deepStrictEqual(checkTimelineRequest({ type: 'setValue', key: 'page:256' }), { type: 'setValue', key: 'page:256' });
    assert.deepStrictEqual(checkTimelineRequest({ type: 'setValue', key: 'pte:1:0x7f0000000000' }), { type: 'setValue', key: 'pte:1:0x7f0000000000' });
    assert.deepStrictEqual(checkTimelineRequest({ type: 'setValue', key: 'tlb:0:1:0x7f0000000000' }), { type: 'setValue', key: 'tlb:0:1:0x7f0000000000' });
    for (const bad of [
      { type: 'setValue' },
      { type: 'setValue', key: 42 },
      { type: 'setValue', key: 'slot:pfns:1' },
      { type: 'setValue', key: 'page:256', field: 'freed' },
      { type: 'setValue', key: 'page:256', field: 7 },
      { type: 'setValue', key: 'pte:1:0x7f0000000000', field: 'write' },
      { type: 'setValue', key: 'page:256:refcount' },
      { type: 'setValue', key: 'c:1:0:main:x' },
      { type: 'setValue', key: 'page:1'.padEnd(300, '1') },
    ]) {
      assert.strictEqual(checkTimelineRequest(bad), undefined, JSON.stringify(bad).slice(0, 80));
    }
  });

  it('the note offers a page\'s fields, or the PTE / TLB entry; the outcome says what and where', () => {
    const buttons = (n: VElement | null): string[][] => (n ? findAll(n, (e) => e.tag === 'button' && hasClass(e, 'tl-set-value')).map((b) => [String(b.attrs['data-set-key']), String(b.attrs['data-set-field'] ?? ''), textOf(b)]) : []);
    assert.deepStrictEqual(buttons(renderSetOffers('page:256')).map((b) => b[1]), ['refcount', 'mapcount', 'locked', 'lru', 'pins', 'dirty', 'content']);
    assert.deepStrictEqual(buttons(renderSetOffers('pte:1:0x7f0000000000')), [['pte:1:0x7f0000000000', '', 'the PTE…']]);
    assert.deepStrictEqual(buttons(renderSetOffers('tlb:0:1:0x7f0000000000')), [['tlb:0:1:0x7f0000000000', '', 'the TLB entry…']]);
    assert.strictEqual(renderSetOffers('slot:pfns:1'), null);
    // In the note of a clicked row, once its last write is known (not while it is looked for).
    assert.strictEqual(buttons(renderLastWrite('page:256', { key: 'page:256', step: 0, initial: true, value: 'x' }, undefined, true)).length, 7);
    assert.strictEqual(buttons(renderLastWrite('page:256', undefined, undefined, false, true)).length, 0);
    // A value set at step 0 has no step before it to go to; one set at step 12 goes to step 11.
    const gotos = (n: VElement): string[] => findAll(n, (e) => e.tag === 'button' && hasClass(e, 'tl-goto-write')).map((b) => String(b.attrs['data-goto-step']));
    assert.deepStrictEqual(gotos(renderLastWrite('page:256', { key: 'page:256', step: 0, edit: true, value: 'refcount 3' }, undefined, true)), []);
    assert.deepStrictEqual(gotos(renderLastWrite('page:256', { key: 'page:256', step: 12, edit: true, value: 'refcount 3' }, undefined, true)), ['11']);
    assert.match(textOf(renderValueSet({ key: 'page:256', field: 'refcount', ok: true, what: 'page 0x100 refcount', value: '7', step: 12 })), /✎ page 0x100 refcount set to 7 at step 12 — recorded in the run: step back undoes it/);
    const failed = renderValueSet({ key: 'page:256', ok: false, what: 'page 0x100 lru', message: "lru can be set to 'lru' or 'none'" });
    assert.strictEqual(failed.attrs.role, 'alert');
    assert.strictEqual(textOf(failed), "Cannot set page 0x100 lru: lru can be set to 'lru' or 'none'");
  });

  it('what StateView.edited names is marked ✎: the page field\'s cell, the PTE and TLB rows', () => {
    const s: StateView = stateAtCollect();
    const pte = s.processes[0].ptes[0];
    const tlb = s.tlbs.find((t) => t.entries.length)!;
    const tkey = `tlb:${tlb.cpu}:${tlb.entries[0].pid}:${tlb.entries[0].addr}`;
    s.edited = [`page:${s.pages[0].pfn}:pins`, pte.key, tkey];
    assert.strictEqual(checkStateView(s), undefined, 'a state naming edits validates');
    const tree = renderState(s);
    const all = rows(tree);
    const pageRow = all.find((r) => r.attrs['data-key'] === s.pages[0].key)!;
    assert.ok(hasClass(pageRow, 'edited'));
    assert.deepStrictEqual(findAll(pageRow, (e) => e.tag === 'td' && hasClass(e, 'edited')).map((td) => String(td.attrs.class)), ['num pins fold-2 edited']);
    assert.match(String(pageRow.attrs.title), /pins set by the debugger \(Set Value\) at this step/);
    assert.strictEqual(findAll(pageRow, (e) => hasClass(e, 'edited-mark')).length, 1);
    for (const key of [pte.key, tkey]) {
      const r = all.find((x) => x.attrs['data-key'] === key)!;
      assert.ok(hasClass(r, 'edited') && findAll(r, (e) => hasClass(e, 'edited-mark')).length === 1, key);
    }
    // The other rows are not marked; the render summary counts the edits.
    assert.strictEqual(all.filter((r) => hasClass(r, 'edited')).length, 3);
    assert.strictEqual(summarize(s, tree).edited, 3);
    assert.strictEqual(summarize(stateAtCollect(), renderState(stateAtCollect())).edited, undefined);
    // A malformed edited key is refused by the state's check, naming it.
    assert.match(checkStateView({ ...s, edited: ['page:0x100'] }) ?? '', /edited\[0\].*page:<pfn>:<field>/);
  });

  it('the host parses keys, starts the box with the value shown, checks what is typed, sends the panel key', () => {
    const s = stateAtCollect();
    const p = s.pages[0];
    assert.strictEqual(currentValue(s, target(p.key, 'refcount')), String(p.refcount));
    assert.strictEqual(currentValue(s, target(p.key, 'locked')), String(p.locked));
    assert.strictEqual(currentValue(s, target(p.key, 'lru')), p.lru);
    const pte = s.processes[0].ptes[0];
    assert.strictEqual(currentValue(s, target(pte.key)), pte.text);
    const tlb = s.tlbs.find((t) => t.entries.length)!;
    const e = tlb.entries[0];
    assert.strictEqual(currentValue(s, target(`tlb:${tlb.cpu}:${e.pid}:${e.addr}`)), `pfn 0x${e.pfn.toString(16)}${e.write ? ' (write)' : ''}`);
    assert.strictEqual(currentValue(s, target(`tlb:${tlb.cpu}:9:0x1000`)), 'none');
    assert.strictEqual(currentValue(undefined, target(p.key, 'pins')), undefined);

    assert.strictEqual(expressionOf(target('page:256', 'refcount')), 'page:0x100:refcount');
    assert.strictEqual(expressionOf(target('pte:1:0x7f0000001000')), 'pte:1:0x7f0000001000');
    assert.strictEqual(expressionOf(target('tlb:0:1:0x7f0000001000')), 'tlb:0:1:0x7f0000001000');
    assert.strictEqual(describeTarget(target('page:256', 'pins')), 'page 0x100 pins');
    assert.deepStrictEqual(parseSetKey('page:256'), { error: 'choose a field of the page' });
    assert.match((parseSetKey('page:256', 'freed') as { error: string }).error, /cannot be set/);
    assert.match((parseSetKey('slot:pfns:1') as { error: string }).error, /no page, pte or TLB entry/);

    const refcount = target('page:256', 'refcount');
    assert.strictEqual(checkValue(refcount, ' 3 '), undefined);
    assert.strictEqual(checkValue(refcount, '0x10'), undefined);
    assert.match(checkValue(refcount, '-1') ?? '', /whole number/);
    assert.match(checkValue(refcount, 'three') ?? '', /whole number/);
    assert.strictEqual(checkValue(target('page:256', 'locked'), 'yes'), undefined);
    assert.match(checkValue(target('page:256', 'dirty'), 'maybe') ?? '', /true or false/);
    assert.match(checkValue(target('page:256', 'lru'), 'isolated') ?? '', /'lru' or 'none'/);
    assert.strictEqual(checkValue(target('page:256', 'content'), ''), undefined);
    assert.match(checkValue(target('pte:1:0x7f0000001000'), '  ') ?? '', /a value is needed/);
    assert.match(checkValue(target('page:256', 'content'), 'x'.repeat(5000)) ?? '', /at most 4096/);
  });
});
