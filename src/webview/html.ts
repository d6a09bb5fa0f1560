// The state webview's HTML document. Pure (no vscode import) so the extension host and the
// headless-Chromium test build the very same page. Follows the official webview samples: a
// strict Content-Security-Policy with a per-render nonce, resources only from the webview's own
// origin (asWebviewUri URIs, allowed through cspSource), no inline script or style.

export interface StateHtmlOptions {
  /** webview.cspSource */
  cspSource: string;
  /** webview.asWebviewUri(dist/webview.js) */
  scriptUri: string;
  /** webview.asWebviewUri(dist/state.css) */
  styleUri: string;
  /** Fresh random nonce for this document. */
  nonce: string;
}

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function stateHtml(o: StateHtmlOptions): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(o.nonce)) throw new Error('stateHtml: nonce must be at least 16 base64/alphanumeric characters');
  const csp = [
    "default-src 'none'",
    `img-src ${o.cspSource}`,
    `script-src 'nonce-${o.nonce}'`,
    `style-src ${o.cspSource} 'nonce-${o.nonce}'`,
    `font-src ${o.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(o.styleUri)}" nonce="${attr(o.nonce)}">
<title>mmstep state</title>
</head>
<body>
<div id="root" aria-label="mmstep memory state"></div>
<script nonce="${attr(o.nonce)}" src="${attr(o.scriptUri)}"></script>
</body>
</html>
`;
}
