// The names the state view and the Variables view give a vma's flags (state.ts vmaFlagNames):
// a driver's mapping filled by vm_insert_page (hmm-tests' mixedmap) shows VM_MIXEDMAP.

import * as assert from 'assert';
import { vmaFlagNames, VM_READ, VM_SHARED, VM_WRITE } from '../../../src/mm/state';

describe('vma flag names', () => {
  it('access bits, VM_SHARED, VM_MIXEDMAP and VM_PFNMAP; VM_MAY* are not shown', () => {
    assert.deepStrictEqual(vmaFlagNames(VM_READ | VM_WRITE), ['VM_READ', 'VM_WRITE']);
    assert.deepStrictEqual(vmaFlagNames(VM_READ | VM_SHARED | 0x10000000 | 0x70), ['VM_READ', 'VM_SHARED', 'VM_MIXEDMAP']);
    assert.deepStrictEqual(vmaFlagNames(0x400), ['VM_PFNMAP']);
  });
});
