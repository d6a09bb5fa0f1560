// `npm run package`: the .vsix is built by the pinned @vscode/vsce devDependency (no npx download,
// no prompt), on Node 20, and holds only what the installed extension needs (.vscodeignore). The
// end-to-end phase (test/e2e/installed) installs the real .vsix into code-server; this checks the
// file list cheaply with `vsce ls`. Needs dist/ built (npm test builds before the unit tests).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';

const ROOT = path.resolve(__dirname, '../../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('npm run package: the .vsix', function () {
  this.timeout(60_000);

  it('is built by an exactly pinned @vscode/vsce that supports Node 20', () => {
    const pin = pkg.devDependencies['@vscode/vsce'];
    assert.match(pin, /^\d+\.\d+\.\d+$/, `@vscode/vsce must be pinned to an exact version, is "${pin}"`);
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
    assert.strictEqual(lock.packages['node_modules/@vscode/vsce'].version, pin, 'package-lock.json disagrees with package.json');
    const installed = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/@vscode/vsce/package.json'), 'utf8'));
    assert.strictEqual(installed.version, pin, 'node_modules has another @vscode/vsce: run npm install');
    // vsce 4.x declares node >= 22 (and pulls @azure/identity 4.14, node >= 22); mmstep supports Node 20
    const min = /^>=\s*(\d+)/.exec(installed.engines.node);
    assert.ok(min && Number(min[1]) <= 20, `@vscode/vsce ${pin} wants node ${installed.engines.node}`);
  });

  it('the script runs vsce itself, without npx and without questions, after a build', () => {
    assert.match(pkg.scripts.package, /^vsce package /);
    for (const flag of ['--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links']) {
      assert.ok(pkg.scripts.package.includes(flag), `package script lacks ${flag} (vsce would ask or fail without a TTY)`);
    }
    assert.match(pkg.scripts['vscode:prepublish'], /npm run build/);
  });

  it('holds dist/, schemas/, syntaxes/, media/, kernel/include, kernel/compat, README, LICENSE, CHANGELOG and package.json, nothing else', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    assert.strictEqual(r.status, 0, r.stderr);
    const files = r.stdout.trim().split('\n').map(f => f.trim()).filter(Boolean);
    for (const f of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', pkg.main.replace(/^\.\//, ''), 'dist/debugAdapter.js',
      'dist/webview.js', 'dist/state.css', 'dist/tree-sitter-c.wasm', 'dist/web-tree-sitter.wasm', 'schemas/scenario.schema.json',
      'media/icon.svg', 'syntaxes/mmstep-patch.tmLanguage.json', 'kernel/include/linux/mm.h', 'kernel/compat/6.12/kconfig', 'kernel/compat/common/include/linux/kconfig.h']) {
      assert.ok(files.includes(f), `${f} is not packaged (run npm run build first?); packaged: ${files.join(', ')}`);
    }
    const allowed = /^(dist|schemas|syntaxes|media|kernel\/include|kernel\/compat)\/|^(README\.md|LICENSE|CHANGELOG\.md|package\.json)$/;
    assert.deepStrictEqual(files.filter(f => !allowed.test(f) || f.endsWith('.map')), [], 'files that do not belong in the .vsix');
  });
});
