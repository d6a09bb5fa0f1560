// Renders the locks the model tracks (PTE locks, page locks, mmap locks, spinlocks) with holder
// and waiters, so a reviewer sees what each thread is sleeping on — e.g. a CPU fault waiting in
// migration_entry_wait() for the page lock the migrating thread holds.

import type { LockView } from '../protocol/state';
import { rowSource } from './rows';
import { h, lazyBody, VElement } from './vnode';

const NO_CHANGES: ReadonlySet<string> = new Set();

function renderLock(l: LockView): VElement {
  return h(
    'tr',
    { class: 'row lock-row', 'data-key': `lock:${l.name}`, tabindex: -1 },
    h('td', { class: 'mono' }, l.name),
    h('td', {}, l.kind),
    h('td', {}, l.holder ?? 'free'),
    h('td', {}, l.waiters.length ? l.waiters.join(', ') : '—'),
  );
}

export function renderLocks(locks: LockView[]): VElement {
  return h(
    'section',
    { class: 'locks', 'aria-label': 'Locks' },
    h('h2', {}, 'Locks'),
    locks.length
      ? h(
          'table',
          { class: 'grid locks', role: 'grid', 'aria-label': 'Locks held or waited on' },
          h('thead', {}, h('tr', {}, ['lock', 'kind', 'holder', 'waiters'].map((c) => h('th', { scope: 'col' }, c)))),
          lazyBody(rowSource(locks, { kind: 'lock-row', columns: 4, key: (l) => `lock:${l.name}`, render: renderLock }, NO_CHANGES)),
        )
      : h('p', { class: 'empty' }, 'No locks held.'),
  );
}
