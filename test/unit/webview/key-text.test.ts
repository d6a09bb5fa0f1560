// The state keys a violation names as its culprits (`page:258`, `pte:1:0x7f0000200000`) are shown
// to the reader the way the tables name the objects, not as internal keys.
import * as assert from 'assert';
import { keyText } from '../../../src/webview/format';

describe('webview: culprit keys as a reader says them', () => {
  it('names pages by pfn in hex, ptes by address and pid, TLB entries and slots', () => {
    assert.strictEqual(keyText('page:258'), 'page 0x102');
    assert.strictEqual(keyText('pte:1:0x7f0000200000'), 'pte 0x7f0000200000 (pid 1)');
    assert.strictEqual(keyText('tlb:0:1:0x7f0000000000'), 'TLB entry 0x7f0000000000 (cpu 0, pid 1)');
    assert.strictEqual(keyText('slot:migrate->src:3'), 'migrate->src[3]');
    assert.strictEqual(keyText('weird'), 'weird');
  });
});
