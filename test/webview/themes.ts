// VS Code theme stand-ins for the headless-Chromium screenshots of the state view: the CSS
// variables a webview gets from the workbench (a subset: those media/state.css reads) and the
// body class VS Code sets, for Light+ (Light Modern), Dark+ (Dark Modern) and High Contrast
// dark. Applied through the CSSOM, which the page's CSP allows (no inline style is parsed).

import type { Page } from 'playwright-core';

export type ThemeName = 'light' | 'dark' | 'high-contrast';

const COMMON = {
  '--vscode-font-family': "'DejaVu Sans', system-ui, sans-serif",
  '--vscode-font-size': '13px',
  '--vscode-editor-font-family': "'DejaVu Sans Mono', monospace",
  '--vscode-editor-font-size': '12px',
};

export const THEMES: Record<ThemeName, { bodyClass: string; vars: Record<string, string> }> = {
  light: {
    bodyClass: 'vscode-light',
    vars: {
      '--vscode-foreground': '#3b3b3b',
      '--vscode-editor-background': '#ffffff',
      '--vscode-descriptionForeground': '#717171',
      '--vscode-panel-border': '#e5e5e5',
      '--vscode-editorWidget-background': '#f8f8f8',
      '--vscode-focusBorder': '#005fb8',
      '--vscode-editorWarning-foreground': '#bf8803',
      '--vscode-errorForeground': '#f85149',
      '--vscode-textLink-foreground': '#005fb8',
      '--vscode-list-hoverBackground': '#f2f2f2',
      '--vscode-list-activeSelectionBackground': '#e8e8e8',
      '--vscode-list-activeSelectionForeground': '#000000',
      '--vscode-badge-background': '#cccccc',
      '--vscode-badge-foreground': '#3b3b3b',
      '--vscode-statusBarItem-warningBackground': '#725102',
      '--vscode-statusBarItem-warningForeground': '#ffffff',
      '--vscode-charts-purple': '#652d90',
      '--vscode-button-secondaryBackground': '#e5e5e5',
      '--vscode-button-secondaryForeground': '#3b3b3b',
    },
  },
  dark: {
    bodyClass: 'vscode-dark',
    vars: {
      '--vscode-foreground': '#cccccc',
      '--vscode-editor-background': '#1f1f1f',
      '--vscode-descriptionForeground': '#9d9d9d',
      '--vscode-panel-border': '#2b2b2b',
      '--vscode-editorWidget-background': '#202020',
      '--vscode-focusBorder': '#0078d4',
      '--vscode-editorWarning-foreground': '#cca700',
      '--vscode-errorForeground': '#f85149',
      '--vscode-textLink-foreground': '#4daafc',
      '--vscode-list-hoverBackground': '#2a2d2e',
      '--vscode-list-activeSelectionBackground': '#04395e',
      '--vscode-list-activeSelectionForeground': '#ffffff',
      '--vscode-badge-background': '#616161',
      '--vscode-badge-foreground': '#f8f8f8',
      '--vscode-button-secondaryBackground': '#313131',
      '--vscode-button-secondaryForeground': '#cccccc',
    },
  },
  'high-contrast': {
    bodyClass: 'vscode-high-contrast',
    vars: {
      '--vscode-foreground': '#ffffff',
      '--vscode-editor-background': '#000000',
      '--vscode-descriptionForeground': '#ffffffb3',
      '--vscode-panel-border': '#6fc3df',
      '--vscode-editorWidget-background': '#0c141f',
      '--vscode-focusBorder': '#f38518',
      '--vscode-contrastBorder': '#6fc3df',
      '--vscode-contrastActiveBorder': '#f38518',
      '--vscode-editorWarning-foreground': '#fff000',
      '--vscode-errorForeground': '#f48771',
      '--vscode-textLink-foreground': '#21a6ff',
      '--vscode-list-hoverBackground': '#000000',
      '--vscode-list-activeSelectionBackground': '#000000',
      '--vscode-list-activeSelectionForeground': '#ffffff',
      '--vscode-badge-background': '#000000',
      '--vscode-badge-foreground': '#ffffff',
      '--vscode-button-secondaryBackground': '#000000',
      '--vscode-button-secondaryForeground': '#ffffff',
      '--vscode-button-border': '#6fc3df',
    },
  },
};

/** Give the page the theme's variables and body class (replacing any theme set before). */
export async function applyTheme(page: Page, name: ThemeName): Promise<void> {
  const t = THEMES[name];
  await page.evaluate(
    ([vars, cls, all]) => {
      const st = document.documentElement.style;
      for (let i = st.length - 1; i >= 0; i--) if (st[i].startsWith('--vscode-')) st.removeProperty(st[i]);
      for (const [k, v] of Object.entries(vars)) st.setProperty(k, v);
      document.body.classList.remove(...all);
      document.body.classList.add(cls);
    },
    [{ ...COMMON, ...t.vars }, t.bodyClass, Object.values(THEMES).map((x) => x.bodyClass)] as const,
  );
}
