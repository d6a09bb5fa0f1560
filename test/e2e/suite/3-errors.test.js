// Bad input in a real VS Code: a malformed scenario and a C file with a syntax error each make the
// launch fail with a message naming file:line:col, and the session ends cleanly (no hang, no crash).
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const YAML = require('yaml');
const { REPO, EXAMPLES, withTimeout, waitFor, DapRecorder, workspaceFolder } = require('./helpers');

// Inside the repo (gitignored), so relative source paths from a scenario here reach kernel/.
const TMP = path.join(REPO, 'test', 'e2e', '.state', `tmp-${process.pid}`);

/**
 * Launch `scenario` and expect it to fail. Returns every message the failure produced: the failed
 * launch response, startDebugging's rejection (in test mode the workbench refuses to show the
 * error dialog and rejects with its text instead) and the adapter's stderr output.
 */
async function launchExpectingFailure(rec, scenario) {
  const since = rec.mark();
  let rejection = null;
  const ok = await withTimeout(vscode.debug.startDebugging(workspaceFolder(), {
    type: 'mmstep', request: 'launch', name: 'e2e bad input', scenario, stopOnEntry: true,
  }).then(v => v, e => { rejection = e; return false; }), 30000, 'startDebugging to settle');
  const launch = rec.messages.slice(since).find(m => m.type === 'response' && m.command === 'launch');
  assert.ok(!(launch && launch.success), 'the launch request of a broken scenario succeeded');
  assert.strictEqual(ok, false, 'startDebugging reported success for a broken scenario');
  assert.strictEqual(rec.events('stopped', since).length, 0, 'a broken scenario stopped in the debugger');
  // whatever session was created must end on its own
  await waitFor(() => !vscode.debug.activeDebugSession, 15000, 'the failed session to end');
  const stderr = rec.events('output', since).filter(e => e.body.category === 'stderr').map(e => e.body.output);
  const texts = [rejection && rejection.message, launch && launch.message,
    launch && launch.body && launch.body.error && launch.body.error.format, ...stderr].filter(Boolean);
  console.log(`      launch failed with: ${JSON.stringify(texts[0] || '')}`);
  return texts.join('\n');
}

/** file:line:col in `text` for a file named `base`; returns [line, col] or null. */
function position(text, base) {
  const esc = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`${esc}:(\\d+):(\\d+)`).exec(text);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

suite('bad input in a real VS Code', function () {
  this.timeout(60000);
  let rec;
  suiteSetup(() => { fs.mkdirSync(TMP, { recursive: true }); rec = new DapRecorder(); });
  suiteTeardown(() => { rec.dispose(); fs.rmSync(TMP, { recursive: true, force: true }); });

  test('a malformed scenario fails to launch with file:line:col', async () => {
    // line 4 opens a flow sequence that is never closed: a YAML syntax error
    const bad = path.join(TMP, 'bad-syntax.mmstep.yaml');
    fs.writeFileSync(bad, 'name: broken\ndescription: unterminated list below\n\nsources: [ "a.c", "b.c"\nentry:\n  function: f\n');
    const message = await launchExpectingFailure(rec, bad);
    const pos = position(message, 'bad-syntax.mmstep.yaml');
    assert.ok(pos, `launch error does not name bad-syntax.mmstep.yaml:line:col: ${JSON.stringify(message)}`);
    assert.ok(pos[0] >= 4 && pos[0] <= 7, `error at line ${pos[0]}, the file's error is at lines 4-6`);
  });

  test('a C syntax error in a source fails to launch with the C file:line:col', async () => {
    // the demo scenario, plus one more source file with a syntax error on its line 3
    const demo = path.join(EXAMPLES, 'private-4pages.mmstep.yaml');
    // parseDocument + set keeps every other key as written (hex addresses stay hex)
    const doc = YAML.parseDocument(fs.readFileSync(demo, 'utf8'));
    const broken = path.join(TMP, 'broken.c');
    fs.writeFileSync(broken, '/* written by the e2e test: line 3 has a syntax error */\n\nstatic int broken(int x) { return x + ; }\n');
    const sources = doc.toJS().sources.map(rel => path.relative(TMP, path.resolve(path.dirname(demo), rel)));
    doc.set('sources', sources.concat(['broken.c']));
    const scenario = path.join(TMP, 'bad-c.mmstep.yaml');
    fs.writeFileSync(scenario, doc.toString());
    const message = await launchExpectingFailure(rec, scenario);
    const pos = position(message, 'broken.c');
    assert.ok(pos, `launch error does not name broken.c:line:col: ${JSON.stringify(message)}`);
    assert.strictEqual(pos[0], 3, `error at line ${pos[0]}, the syntax error is on line 3`);
  });
});
