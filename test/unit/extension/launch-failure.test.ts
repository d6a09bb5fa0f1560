// A launch that fails because the scenario does not load is marked showUser: false (no "Open
// launch.json" dialog) and produces a notice pointing to the Problems view; a launch that fails
// for a launch.json reason (no diagnostics event with errors before it) is passed on unchanged.

import * as assert from 'assert';
import { DIAGNOSTICS_EVENT, LaunchFailureWatch, loadFailureNotice } from '../../../src/extension/launch-failure';

const diag = (line: number, message: string, severity: 'error' | 'warning' = 'error') => ({ file: '/w/s.mmstep.yaml', line, column: 13, endLine: line, endColumn: 20, severity, message });
const failed = (command = 'launch') => ({ type: 'response', command, success: false, message: 'mmstep: cannot load /w/s.mmstep.yaml (1 problem)', body: { error: { id: 1, format: 'mmstep: cannot load', showUser: true } } });

describe('launch failures: the scenario\'s or launch.json\'s', () => {
  it('a failed launch after a load with errors: showUser false, and the failure', () => {
    const w = new LaunchFailureWatch();
    w.observe({ type: 'event', event: DIAGNOSTICS_EVENT, body: { scenario: '/w/s.mmstep.yaml', diagnostics: [diag(21, "no C function 'f'; did you mean 'g'?")] } });
    const r = w.observe(failed());
    assert.strictEqual((r.message.body?.error as { showUser: boolean }).showUser, false);
    assert.strictEqual((r.message.body?.error as { format: string }).format, 'mmstep: cannot load', 'the text is kept');
    assert.ok(r.failure);
    assert.strictEqual(loadFailureNotice(r.failure), "mmstep: s.mmstep.yaml did not load: s.mmstep.yaml:21:13: no C function 'f'; did you mean 'g'?. See the Problems view.");
    // the next failure without a new load is not the scenario's
    assert.strictEqual(w.observe(failed()).failure, undefined);
  });

  it('a restart counts too; several errors are counted, warnings are not', () => {
    const w = new LaunchFailureWatch();
    w.observe({ type: 'event', event: DIAGNOSTICS_EVENT, body: { scenario: '/w/s.mmstep.yaml', diagnostics: [diag(2, 'w', 'warning'), diag(3, 'a'), diag(4, 'b')] } });
    const r = w.observe(failed('restart'));
    assert.ok(r.failure);
    assert.match(loadFailureNotice(r.failure), /s\.mmstep\.yaml:3:13: a \(\+1 more\)\. See the Problems view\.$/);
  });

  it('a launch.json problem keeps VS Code\'s dialog', () => {
    const w = new LaunchFailureWatch();
    const plain = failed();
    assert.deepStrictEqual(w.observe(plain), { message: plain }, 'no load before it');
    // a load that succeeded (or reported only warnings), then a failure: not the scenario's
    w.observe({ type: 'event', event: DIAGNOSTICS_EVENT, body: { scenario: '/w/s.mmstep.yaml', diagnostics: [] } });
    assert.strictEqual(w.observe(failed()).failure, undefined);
    w.observe({ type: 'event', event: DIAGNOSTICS_EVENT, body: { scenario: '/w/s.mmstep.yaml', diagnostics: [diag(1, 'w', 'warning')] } });
    assert.strictEqual(w.observe(failed()).failure, undefined);
    // a successful launch after problems clears them
    w.observe({ type: 'event', event: DIAGNOSTICS_EVENT, body: { scenario: '/w/s.mmstep.yaml', diagnostics: [diag(1, 'e')] } });
    w.observe({ type: 'response', command: 'launch', success: true });
    assert.strictEqual(w.observe(failed()).failure, undefined);
    // malformed bodies are passed on
    assert.strictEqual(w.observe({ type: 'event', event: DIAGNOSTICS_EVENT, body: { scenario: 3, diagnostics: 'x' } }).failure, undefined);
  });
});
