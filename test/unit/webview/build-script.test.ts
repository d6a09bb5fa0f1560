// Tests of scripts/build.js as far as the webview is concerned: the webview bundle builds on its
// own, the wasm and CSS assets are copied, sizes are printed, and bad arguments are refused.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../../..');
const build = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('scripts/build.js', function () {
  this.timeout(60000);

  it('builds the webview bundle alone, copies the assets and prints sizes', () => {
    const r = build('--only', 'webview');
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /dist\/webview\.js\s+[\d.]+ KiB/);
    assert.match(r.stdout, /dist\/tree-sitter-c\.wasm\s+[\d.]+ KiB/);
    assert.match(r.stdout, /dist\/web-tree-sitter\.wasm\s+[\d.]+ KiB/);
    assert.match(r.stdout, /dist\/state\.css/);
    const js = fs.readFileSync(path.join(ROOT, 'dist/webview.js'), 'utf8');
    // A browser IIFE: no CommonJS require of vscode or Node modules.
    assert.ok(!/require\(["'](vscode|fs|path|crypto)["']\)/.test(js), 'the webview bundle requires a Node/vscode module');
    assert.ok(js.includes('acquireVsCodeApi'));
    assert.strictEqual(fs.readFileSync(path.join(ROOT, 'dist/state.css'), 'utf8'), fs.readFileSync(path.join(ROOT, 'media/state.css'), 'utf8'));
  });

  it('refuses an unknown bundle name with the list of known ones', () => {
    const r = build('--only', 'nope');
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /unknown bundle 'nope' \(known: extension, debugAdapter, cli, webview\)/);
  });

  it('refuses an unknown option', () => {
    const r = build('--frobnicate');
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /unknown argument '--frobnicate'/);
  });
});
