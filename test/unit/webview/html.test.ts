// Tests of the state webview's HTML document: the CSP follows the official webview samples.

import * as assert from 'assert';
import { stateHtml } from '../../../src/webview/html';

const opts = {
  cspSource: 'https://abc.vscode-cdn.net',
  scriptUri: 'https://abc.vscode-cdn.net/ext/dist/webview.js',
  styleUri: 'https://abc.vscode-cdn.net/ext/dist/state.css',
  nonce: 'q2Xv9RkP0aZ3mN8sT1uW4yB6',
};

function csp(html: string): string {
  const m = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  assert.ok(m, 'the document has a CSP meta tag');
  return m[1];
}

describe('state webview HTML', () => {
  it('has a strict CSP: nothing by default, scripts only by nonce', () => {
    const policy = csp(stateHtml(opts)).split(';').map((s) => s.trim());
    assert.ok(policy.includes("default-src 'none'"));
    assert.ok(policy.includes(`script-src 'nonce-${opts.nonce}'`));
    assert.ok(policy.includes(`style-src ${opts.cspSource} 'nonce-${opts.nonce}'`));
    assert.ok(!policy.join(' ').includes('unsafe-inline'));
    assert.ok(!policy.join(' ').includes('unsafe-eval'));
  });

  it('loads the bundle and the stylesheet from the given webview URIs with the nonce', () => {
    const html = stateHtml(opts);
    assert.ok(html.includes(`<script nonce="${opts.nonce}" src="${opts.scriptUri}"></script>`));
    assert.ok(html.includes(`<link rel="stylesheet" href="${opts.styleUri}" nonce="${opts.nonce}">`));
    // No inline script: the only <script> element is the bundle.
    assert.strictEqual(html.match(/<script/g)?.length, 1);
    assert.ok(html.includes('<div id="root"'));
  });

  it('refuses a weak nonce', () => {
    assert.throws(() => stateHtml({ ...opts, nonce: 'abc' }), /nonce/);
    assert.throws(() => stateHtml({ ...opts, nonce: '"><script>x</script>aaaaaaaaaa' }), /nonce/);
  });

  it('escapes attribute values', () => {
    const html = stateHtml({ ...opts, scriptUri: 'https://x/"onload="alert(1)' });
    assert.ok(html.includes('src="https://x/&quot;onload=&quot;alert(1)"'));
  });
});
