// Tests of the state view's pure rendering (StateView -> VNode tree), in Node.

import * as assert from 'assert';
import { checkStateView } from '../../../src/webview/messages';
import { renderEmpty, renderState, summarize } from '../../../src/webview/render-state';
import { findAll, hasClass, textOf, toHtml, VElement } from '../../../src/webview/vnode';
import { lockText, lruText, pageRowId } from '../../../src/webview/format';
import { stateAfterSecondPte, stateAtCollect } from './fixtures';

function rows(tree: VElement, cls: string): VElement[] {
  return findAll(tree, (e) => e.tag === 'tr' && hasClass(e, cls));
}

function byKey(tree: VElement, key: string): VElement {
  const found = findAll(tree, (e) => e.attrs['data-key'] === key);
  assert.strictEqual(found.length, 1, `expected exactly one element with data-key ${key}`);
  return found[0];
}

function cells(row: VElement): string[] {
  return row.children.filter((c): c is VElement => typeof c !== 'string' && c.tag === 'td').map(textOf);
}

describe('webview rendering', () => {
  it('renders one row per PTE with address, decoded text and kind', () => {
    const tree = renderState(stateAtCollect());
    const ptes = rows(tree, 'pte');
    assert.strictEqual(ptes.length, 4);
    assert.deepStrictEqual(
      ptes.map((r) => cells(r)[1]),
      ['0x7f0000000000', '0x7f0000001000', '0x7f0000002000', '0x7f0000003000'],
    );
    // Δ, address, kind, maps, bits, raw: the decoded entry is the row's tooltip, not a column repeating kind and maps.
    assert.ok(String(ptes[0].attrs.title).includes('migration(W) -> pfn 0x100'));
    assert.ok(String(ptes[0].attrs.title).includes('ptl held by migrate'));
    assert.strictEqual(cells(ptes[0])[3], '→ pfn 0x100');
    assert.strictEqual(cells(ptes[0])[2], 'migration entry');
    assert.strictEqual(cells(ptes[0])[4], 'write · ptl: migrate');
    assert.ok(hasClass(ptes[0], 'kind-migration'));
    assert.strictEqual(cells(ptes[1])[4], 'write dirty young');
    assert.strictEqual(cells(ptes[1])[2], 'present');
  });

  it('links each PTE to the row of the page it maps, and the page back to its PTEs', () => {
    const tree = renderState(stateAtCollect());
    const pageIds = new Set(rows(tree, 'page').map((r) => r.attrs.id));
    for (const r of rows(tree, 'pte')) {
      const target = r.attrs['data-target'];
      assert.ok(typeof target === 'string' && pageIds.has(target), `PTE ${r.attrs.id} links to ${target}`);
      const link = findAll(r, (e) => e.tag === 'a' && hasClass(e, 'page-link'));
      assert.strictEqual(link.length, 1);
      assert.strictEqual(link[0].attrs['data-target'], target);
    }
    assert.strictEqual(byKey(tree, 'pte:1:0x7f0000000000').attrs['data-target'], pageRowId(0x100));
    const page100 = byKey(tree, 'page:256');
    assert.strictEqual(cells(page100).at(-1), '1:0x7f0000000000 (migration)');
    const page101 = byKey(tree, 'page:257');
    assert.strictEqual(cells(page101).at(-1), '1:0x7f0000001000');
    // The free device page is mapped by nothing.
    assert.strictEqual(cells(byKey(tree, 'page:65536')).at(-1), '—');
  });

  it('shows refcount, mapcount, lock holder and LRU state per page', () => {
    const tree = renderState(stateAtCollect());
    const c = cells(byKey(tree, 'page:256'));
    // Δ, pfn, refcount, mapcount, lock, LRU, pins, zone, content, flags, mapped by
    assert.deepStrictEqual(c.slice(1, 10), ['0x100', '2', '0', 'locked by migrate', 'on LRU', '0', 'RAM', "'P0'", 'uptodate anon anon-exclusive']);
    const dev = cells(byKey(tree, 'page:65536'));
    assert.strictEqual(dev[1], '0x10000 (free)');
    assert.strictEqual(dev[7], 'device private (dmirror0)');
    assert.ok(hasClass(byKey(tree, 'page:65536'), 'free'));
  });

  it('marks exactly the changed rows with an outline class and a labelled Δ', () => {
    const tree = renderState(stateAtCollect());
    const changed = rows(tree, 'changed');
    assert.deepStrictEqual(changed.map((r) => r.attrs['data-key']), ['pte:1:0x7f0000000000']);
    const marks = findAll(tree, (e) => hasClass(e, 'delta'));
    assert.strictEqual(marks.length, 1);
    assert.strictEqual(textOf(marks[0]), 'Δ');
    assert.strictEqual(marks[0].attrs['aria-label'], 'changed since previous stop');
    assert.strictEqual(marks[0].attrs.role, 'img');

    const tree2 = renderState(stateAfterSecondPte());
    assert.deepStrictEqual(
      rows(tree2, 'changed').map((r) => r.attrs['data-key']),
      ['pte:1:0x7f0000001000', 'page:257', 'slot:pfns:1'],
    );
    assert.ok(!hasClass(byKey(tree2, 'pte:1:0x7f0000000000'), 'changed'));
  });

  it('puts step, stage and the change count in the header', () => {
    const tree = renderState(stateAfterSecondPte());
    const header = findAll(tree, (e) => e.tag === 'header')[0];
    const text = textOf(header);
    assert.ok(text.includes('Step 20'), text);
    assert.ok(text.includes('Stage: collect'), text);
    assert.ok(text.includes('Δ 3 changed'), text);
    assert.strictEqual(header.attrs['aria-live'], 'polite');
  });

  it('summarises what was rendered', () => {
    const s = stateAtCollect();
    assert.deepStrictEqual(summarize(s, renderState(s)), { step: 12, stage: 'collect', ptes: 4, pages: 5, changed: 1, violations: 0 });
    const s2 = stateAfterSecondPte();
    assert.deepStrictEqual(summarize(s2, renderState(s2)), { step: 20, stage: 'collect', ptes: 4, pages: 5, changed: 3, violations: 0 });
  });

  it('marks stale TLB entries in text, not only by style', () => {
    const tree = renderState(stateAtCollect());
    const tlb = rows(tree, 'tlb-entry');
    assert.strictEqual(tlb.length, 2);
    assert.ok(hasClass(tlb[0], 'stale'));
    assert.strictEqual(cells(tlb[0]).at(-1), '⚠ stale');
    assert.strictEqual(cells(tlb[1]).at(-1), 'current');
    const meta = textOf(findAll(tree, (e) => e.tag === 'section' && hasClass(e, 'tlbs'))[0]);
    assert.ok(meta.includes('1 stale'));
  });

  it('renders the migration array slots with decoded flags and links to pages', () => {
    const tree = renderState(stateAtCollect());
    const slots = rows(tree, 'slot');
    assert.strictEqual(slots.length, 4);
    assert.deepStrictEqual(cells(slots[0]).slice(1), ['[0]', '0x100003', '0x100', 'MIGRATE_PFN_VALID | MIGRATE_PFN_MIGRATE']);
    assert.deepStrictEqual(cells(slots[1]).slice(1), ['[1]', '0x0', '—', '0']);
    assert.strictEqual(findAll(slots[0], (e) => e.tag === 'a')[0].attrs['data-target'], pageRowId(0x100));
  });

  it('omits the arrays section when there are none, and shows violations as an alert', () => {
    const s = stateAtCollect();
    s.arrays = [];
    s.violations = [{ invariant: 'mapcount', message: 'pfn 0x100: mapcount 1 but 0 PTEs map it' }];
    const tree = renderState(s);
    assert.strictEqual(findAll(tree, (e) => hasClass(e, 'arrays')).length, 0);
    const v = findAll(tree, (e) => e.tag === 'section' && hasClass(e, 'violations'));
    assert.strictEqual(v.length, 1);
    assert.strictEqual(v[0].attrs.role, 'alert');
    assert.ok(textOf(v[0]).includes('mapcount: pfn 0x100: mapcount 1 but 0 PTEs map it'));
    assert.ok(textOf(findAll(tree, (e) => e.tag === 'header')[0]).includes('1 violation'));
  });

  it('does not link a PTE whose frame is not among the pages', () => {
    const s = stateAtCollect();
    s.pages = s.pages.filter((p) => p.pfn !== 0x103);
    const tree = renderState(s);
    const r = byKey(tree, 'pte:1:0x7f0000003000');
    assert.strictEqual(r.attrs['data-target'], undefined);
    assert.strictEqual(findAll(r, (e) => e.tag === 'a').length, 0);
    assert.strictEqual(cells(r)[3], 'pfn 0x103 (not shown)');
  });

  it('escapes state text instead of interpreting it as markup', () => {
    const s = stateAtCollect();
    s.pages[0].content = '<img src=x onerror=alert(1)>';
    s.processes[0].name = '"><script>alert(1)</script>';
    const html = toHtml(renderState(s));
    assert.ok(!html.includes('<img src=x'));
    assert.ok(!html.includes('<script>'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  });

  it('renders an empty view before any state arrives', () => {
    assert.ok(textOf(renderEmpty()).includes('Start debugging an mmstep scenario'));
  });

  it('gives every focusable row a key and starts rows out of the tab order', () => {
    const tree = renderState(stateAtCollect());
    for (const r of findAll(tree, (e) => e.tag === 'tr' && hasClass(e, 'row'))) {
      assert.strictEqual(r.attrs.tabindex, -1);
      assert.ok(typeof r.attrs['data-key'] === 'string' && r.attrs['data-key'].length > 0);
    }
  });
});

describe('webview formatting helpers', () => {
  it('names LRU states and page locks in kernel terms', () => {
    assert.strictEqual(lruText('batch'), 'per-CPU batch');
    assert.strictEqual(lruText('isolated'), 'isolated');
    assert.strictEqual(lockText({ locked: true, lockHolder: 'migrate', lockWaiters: ['cpu0', 'cpu1'] }), 'locked by migrate; waiting: cpu0, cpu1');
    assert.strictEqual(lockText({ locked: false, lockWaiters: [] }), 'unlocked');
  });
});

describe('checkStateView', () => {
  it('accepts a well-formed state', () => {
    assert.strictEqual(checkStateView(stateAtCollect()), undefined);
  });

  it('names what is wrong with a malformed one, with the path of the value', () => {
    assert.strictEqual(checkStateView(null), 'state: expected an object, got null');
    assert.strictEqual(checkStateView({ step: '3' }), 'state.step: expected an integer, got the string "3"');
    const s = stateAtCollect() as unknown as Record<string, unknown>;
    assert.strictEqual(checkStateView({ ...s, pages: 'x' }), 'state.pages: expected an array, got the string "x"');
    assert.strictEqual(checkStateView({ ...s, processes: [{ pid: 1 }] }), 'state.processes[0].name: expected a string, got nothing');
    assert.strictEqual(checkStateView({ ...s, pages: [{ pfn: 1, key: 'page:1' }] }), 'state.pages[0].zone: expected one of ram, device-private, device-coherent, got nothing');
  });
});
