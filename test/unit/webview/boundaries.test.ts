// The state webview is browser code with its own bundle: it may import only its own files and
// src/protocol (DESIGN.md, layers). This keeps vscode, Node and the simulator out of dist/webview.js.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../../..');
const WEBVIEW = path.join(ROOT, 'src/webview');

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  const re = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

describe('webview layer boundary', () => {
  it('src/webview imports only itself and src/protocol', () => {
    const files = fs.readdirSync(WEBVIEW).filter((f) => f.endsWith('.ts'));
    assert.ok(files.length >= 5, 'the webview sources are found');
    const bad: string[] = [];
    for (const f of files) {
      for (const spec of importsOf(path.join(WEBVIEW, f))) {
        const ok = /^\.\/[\w-]+$/.test(spec) || /^\.\.\/protocol\/[\w-]+$/.test(spec);
        if (!ok) bad.push(`src/webview/${f}: ${spec}`);
      }
    }
    assert.deepStrictEqual(bad, []);
  });

  it('the import scanner sees the imports it checks', () => {
    assert.ok(importsOf(path.join(WEBVIEW, 'main.ts')).includes('./render-state'));
    assert.ok(importsOf(path.join(WEBVIEW, 'messages.ts')).includes('../protocol/state'));
  });
});
