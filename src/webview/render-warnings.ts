// Renders the run's warnings: code the kernel runs although the API leaves it undefined, e.g. a
// present-pte helper (pte_dirty, pte_pfn) applied to a device-private or migration entry. Each
// shows where it happened (file:line:col), what the helper was given and what it returned, and
// how many calls at that line it stands for, so a reviewer sees it without leaving the state view.

import type { WarningView } from '../protocol/state';
import { h, VElement } from './vnode';

function baseName(file: string): string {
  const i = file.lastIndexOf('/');
  return i >= 0 ? file.slice(i + 1) : file;
}

function renderWarning(w: WarningView): VElement {
  return h(
    'li',
    { class: 'warning', 'data-key': `warning:${w.helper}:${w.file}:${w.line}`, title: `${w.file}:${w.line}:${w.column}` },
    h('span', { class: 'mono warning-where' }, `${baseName(w.file)}:${w.line}:${w.column}`),
    ' ',
    h('strong', {}, `${w.helper}: `),
    h('span', { class: 'warning-message' }, w.message),
    w.count > 1 ? h('span', { class: 'warning-count' }, ` (${w.count} calls)`) : '',
  );
}

export function renderWarnings(warnings: WarningView[] | undefined): VElement | null {
  if (!warnings?.length) return null;
  return h(
    'section',
    { class: 'warnings', 'aria-label': 'Warnings' },
    h('h2', {}, 'Warnings'),
    h('ul', {}, warnings.map(renderWarning)),
  );
}
