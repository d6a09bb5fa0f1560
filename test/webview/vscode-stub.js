// Stand-in for the webview host API in the headless-Chromium test of the state view
// (test/unit/webview/chromium.test.ts installs it with page.addInitScript, before any page
// script runs). It records what the webview posts, keeps setState() in sessionStorage so a
// reload restores it like VS Code does, and records CSP violations and errors.
(() => {
  window.__posted = [];
  window.__cspViolations = [];
  window.__errors = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`);
  });
  window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
  let acquired = false;
  window.acquireVsCodeApi = () => {
    // VS Code allows acquiring the API once per page; the view must not call it twice.
    if (acquired) throw new Error('acquireVsCodeApi called twice');
    acquired = true;
    return {
      postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
      getState: () => {
        const s = sessionStorage.getItem('mmstep-webview-state');
        return s ? JSON.parse(s) : undefined;
      },
      setState: (s) => {
        sessionStorage.setItem('mmstep-webview-state', JSON.stringify(s));
        return s;
      },
    };
  };
})();
