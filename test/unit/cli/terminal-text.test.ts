// Control characters from user text never reach the terminal: printf output of the C, scenario
// text, source lines (issue 7, class 9).

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../../src/cli/cli';
import { escapeControls, escapeTerminal } from '../../../src/cli/terminal-text';
import { captureIo } from './helpers';

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

describe('cli/terminal text', () => {
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-esc-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('escapes ESC, the other C0 controls but \\n and \\t, DEL and C1', () => {
    assert.strictEqual(escapeControls('a\x1b[2Jb\r\x07\x7f\u009b\n\tz'), 'a\\x1b[2Jb\\x0d\\x07\\x7f\\x9b\n\tz');
    assert.strictEqual(escapeControls('plain é ✓'), 'plain é ✓');
    // mmstep's own colours stay when colour is on; any other sequence is escaped
    assert.strictEqual(escapeTerminal('\x1b[1mState\x1b[0m \x1b[2J', true), '\x1b[1mState\x1b[0m \\x1b[2J');
    assert.strictEqual(escapeTerminal('\x1b[1mState\x1b[0m', false), '\\x1b[1mState\\x1b[0m');
  });

  it('exec: a C program printing "\\x1b[2J" shows the escape instead of clearing the screen', async () => {
    const file = path.join(dir, 'clear.c');
    fs.writeFileSync(file, '#include <stdio.h>\nint main(void) { printf("\\x1b[2Jcleared\\x1b]0;title\\a\\n"); return 0; }\n');
    const io = captureIo(undefined, dir);
    assert.strictEqual(await runCli(['exec', file], io), 0, io.stderr);
    assert.strictEqual(io.stdout, '\\x1b[2Jcleared\\x1b]0;title\\x07\n');
  });

  it('run: printf output, the scenario name and state contents are escaped too', async () => {
    fs.writeFileSync(path.join(dir, 'p.c'), '#include <stdio.h>\nint f(void) { printf("\\x1b[2J\\r\\n"); return 0; }\n');
    fs.writeFileSync(
      path.join(dir, 'p.mmstep.yaml'),
      'name: "evil\\e[2J"\nsources: [p.c]\nentry: {function: f}\nmemory:\n  processes:\n    - pid: 1\n      name: "\\e]0;t\\a"\n      vmas: [{start: 0x1000, end: 0x2000}]\n      pages: [{addr: 0x1000, content: "\\e[31mred"}]\n',
    );
    const io = captureIo(undefined, dir);
    assert.strictEqual(await runCli(['run', path.join(dir, 'p.mmstep.yaml')], io), 0, io.stderr);
    assert.doesNotMatch(io.stdout, RAW_CONTROL);
    assert.match(io.stdout, /mmstep: evil\\x1b\[2J/);
    assert.match(io.stdout, /\\x1b\[2J\\x0d\n/);
    assert.match(io.stdout, /Process 1 \(\\x1b\]0;t\\x07\)/);
    assert.match(io.stdout, /\\x1b\[31mred/);
  });
});
