// The mmstep.kernelTree setting's path (src/extension/setting-path.ts): ~, ${userHome},
// ${workspaceFolder}, ${workspaceFolder:name}, ${env:NAME}, relative paths against the folder,
// and a clear message (naming the setting) for what cannot be expanded.

import * as assert from 'assert';
import { expandSettingPath, type PathContext } from '../../../src/extension/setting-path';

const WHAT = 'the setting "mmstep.kernelTree"';
const ctx: PathContext = { folder: '/ws/a', folders: { a: '/ws/a', b: '/ws/b' }, home: '/home/me', env: { TREES: '/srv/trees' } };

function ok(text: string, c: PathContext = ctx): string {
  const r = expandSettingPath(text, c, WHAT);
  if (!r.ok) return assert.fail(r.message);
  return r.path;
}

function fails(text: string, c: PathContext = ctx): string {
  const r = expandSettingPath(text, c, WHAT);
  if (r.ok) return assert.fail(`'${text}' expanded to ${r.path}`);
  return r.message;
}

describe('mmstep.kernelTree: expanding the path', () => {
  it('expands ~, ${userHome}, ${workspaceFolder}, ${workspaceFolder:name} and ${env:NAME}', () => {
    assert.strictEqual(ok('~'), '/home/me');
    assert.strictEqual(ok('~/.cache/mmstep/kernel-trees/linux-6.12'), '/home/me/.cache/mmstep/kernel-trees/linux-6.12');
    assert.strictEqual(ok('${userHome}/linux'), '/home/me/linux');
    assert.strictEqual(ok('${workspaceFolder}/../linux/'), '/ws/linux');
    assert.strictEqual(ok('${workspaceFolder:b}/linux'), '/ws/b/linux');
    assert.strictEqual(ok('${env:TREES}/linux-6.1'), '/srv/trees/linux-6.1');
    assert.strictEqual(ok('  /abs/linux  '), '/abs/linux');
  });

  it('resolves a relative path against the workspace folder', () => {
    assert.strictEqual(ok('linux'), '/ws/a/linux');
    assert.strictEqual(ok('./trees/../linux'), '/ws/a/linux');
  });

  it('names the setting when a path cannot be made', () => {
    const none: PathContext = { home: '/home/me', env: {} };
    assert.match(fails('${workspaceFolder}/linux', none), /^the setting "mmstep\.kernelTree": \$\{workspaceFolder\} is used but no workspace folder is open$/);
    assert.match(fails('${workspaceFolder:c}/linux'), /\$\{workspaceFolder:c\}: no workspace folder of that name is open/);
    assert.match(fails('${file}/linux'), /\$\{file\} is not a variable mmstep expands here/);
    assert.match(fails('linux', none), /is the relative path 'linux', and no workspace folder is open/);
    assert.match(fails('${env:UNSET}'), /is empty after expanding its variables/);
  });

  it('an unset ${env:NAME} is empty, as in launch.json', () => {
    assert.strictEqual(ok('/t${env:UNSET}/linux'), '/t/linux');
  });
});
