// Plain-text rendering of a StateView, a run result and a verdict for the `mmstep` CLI. Pure (no
// Node APIs) so tests can check the exact text. Colour is optional ANSI, only used when the
// caller says the output is a terminal; without it the text carries all the meaning.

import type { PageView, ProcessView, StateView, WarningView } from '../protocol/state';
import type { ExpectationResult, RunResult } from '../sim/types';
import { escapeControls } from './terminal-text';

export interface FormatOptions {
  color?: boolean;
  /** Heading of the state block; default "State". */
  title?: string;
}

const ANSI = { bold: '\x1b[1m', red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', dim: '\x1b[2m', reset: '\x1b[0m' };
type Style = keyof typeof ANSI;

function paint(o: FormatOptions, style: Style, s: string): string {
  return o.color ? `${ANSI[style]}${s}${ANSI.reset}` : s;
}

export function hex(n: number): string {
  return '0x' + n.toString(16);
}

/** Left-aligned columns separated by two spaces; trailing spaces trimmed. */
export function table(header: string[], rows: string[][], indent = '  '): string[] {
  rows = rows.map((r) => r.map(escapeControls));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => (indent + cells.map((c, i) => c.padEnd(widths[i])).join('  ')).trimEnd();
  return [line(header), ...rows.map(line)];
}

function vmaLine(p: ProcessView): string {
  if (p.vmas.length === 0) return 'no VMAs';
  return p.vmas.map((v) => `${v.start}-${v.end} [${v.flags.join(' ')}]`).join(', ');
}

function processLines(p: ProcessView, o: FormatOptions): string[] {
  const out = [paint(o, 'bold', `Process ${p.pid} (${escapeControls(p.name)})`) + `  VMAs: ${vmaLine(p)}` + (p.mmapLock ? `  mmap lock: ${p.mmapLock}` : '')];
  if (p.ptes.length === 0) {
    out.push('  (no PTEs in the view range)');
    return out;
  }
  const rows = p.ptes.map((e) => [e.addr, e.kind, e.pfn === undefined ? '-' : hex(e.pfn), e.text + (e.ptlHolder ? `  (PTL held by ${e.ptlHolder})` : '')]);
  out.push(...table(['ADDR', 'KIND', 'PFN', 'PTE'], rows));
  return out;
}

function lockText(p: PageView): string {
  if (!p.locked) return p.lockWaiters.length ? `no, waiters: ${p.lockWaiters.join(', ')}` : 'no';
  let s = p.lockHolder ? `yes (${p.lockHolder})` : 'yes';
  if (p.lockWaiters.length) s += `, waiters: ${p.lockWaiters.join(', ')}`;
  return s;
}

function pageFlags(p: PageView): string {
  const f = [...p.flags];
  const add = (cond: boolean, name: string) => {
    if (cond && !f.includes(name)) f.push(name);
  };
  add(p.dirty, 'dirty');
  add(p.anon, 'anon');
  add(p.anonExclusive, 'anon-exclusive');
  return f.join(' ');
}

export function pageLines(pages: PageView[]): string[] {
  if (pages.length === 0) return ['  (no pages)'];
  const rows = pages.map((p) => [
    hex(p.pfn),
    p.zone + (p.owner ? `:${p.owner}` : ''),
    p.free ? 'freed' : String(p.refcount),
    p.free ? '-' : String(p.mapcount),
    lockText(p),
    p.lru,
    String(p.pins),
    p.content ?? '-',
    pageFlags(p),
  ]);
  return table(['PFN', 'ZONE', 'REF', 'MAP', 'LOCKED', 'LRU', 'PINS', 'CONTENT', 'FLAGS'], rows);
}

/** The final (or current) memory state, per process and then pages, TLBs, locks, violations. */
export function formatState(view: StateView, o: FormatOptions = {}): string {
  const out: string[] = [];
  out.push(paint(o, 'bold', `${o.title ?? 'State'} at step ${view.step}`) + (view.stage ? ` (stage: ${view.stage})` : ''));
  for (const p of view.processes) {
    out.push('');
    out.push(...processLines(p, o));
  }
  out.push('', paint(o, 'bold', 'Pages'));
  out.push(...pageLines(view.pages));

  out.push('', paint(o, 'bold', 'TLBs'));
  if (view.tlbs.length === 0) out.push('  (none)');
  for (const t of view.tlbs) {
    if (t.entries.length === 0) {
      out.push(`  cpu ${t.cpu}: empty`);
      continue;
    }
    out.push(`  cpu ${t.cpu}:`);
    for (const e of t.entries) {
      const stale = e.stale ? paint(o, 'yellow', '  STALE (the PTE no longer maps this pfn)') : '';
      out.push(`    pid ${e.pid} ${e.addr} -> pfn ${hex(e.pfn)} ${e.write ? 'rw' : 'ro'}${stale}`);
    }
  }

  const busy = view.locks.filter((l) => l.holder || l.waiters.length);
  if (busy.length) {
    out.push('', paint(o, 'bold', 'Locks held'));
    for (const l of busy) out.push(`  ${l.name} (${l.kind}): ${l.holder ? `held by ${l.holder}` : 'free'}${l.waiters.length ? `, waiters: ${l.waiters.join(', ')}` : ''}`);
  }

  for (const a of view.arrays) {
    out.push('', paint(o, 'bold', `Array ${a.name}`));
    out.push(...table(['I', 'RAW', 'PFN', 'FLAGS'], a.slots.map((s) => [String(s.index), s.raw, s.pfn === undefined ? '-' : hex(s.pfn), s.flags.join(' ')])));
  }

  out.push('', paint(o, 'bold', 'Violations'));
  if (view.violations.length === 0) out.push('  none');
  for (const v of view.violations) out.push('  ' + paint(o, 'red', escapeControls(`${v.invariant}: ${v.message}`)));
  return out.join('\n') + '\n';
}

/** `Result: completed, returned 0 (812 steps)` or the fault with its file:line:col. */
export function formatResult(r: Pick<RunResult, 'outcome' | 'returned' | 'fault' | 'steps' | 'violation'>, o: FormatOptions = {}): string {
  let s = `Result: ${r.outcome}`;
  if (r.returned !== undefined) s += `, returned ${r.returned}`;
  s += ` (${r.steps} steps)`;
  if (r.fault) s += `\n  ${paint(o, 'red', `${r.fault.kind}`)} at ${escapeControls(`${r.fault.file}:${r.fault.line}:${r.fault.column}: ${r.fault.message}`)}`;
  const v = r.violation;
  if (v && v.line) s += `\n  ${paint(o, 'red', `${v.invariant} violated`)} after ${escapeControls(`${v.file}:${v.line}:${v.column}: ${v.message}`)}`;
  return s + '\n';
}

export function formatExpectations(results: ExpectationResult[], passed: boolean, o: FormatOptions = {}): string {
  const out = ['Expectations:'];
  if (results.length === 0) out.push('  (none)');
  for (const e of results) {
    const tag = e.ok ? paint(o, 'green', 'PASS') : paint(o, 'red', 'FAIL');
    out.push(`  ${tag} ${escapeControls(e.what)}` + (e.ok ? '' : ` — ${escapeControls(e.detail)}`));
  }
  const good = results.filter((e) => e.ok).length;
  out.push(`Verdict: ${passed ? paint(o, 'green', 'PASS') : paint(o, 'red', 'FAIL')} (${good}/${results.length} expectations hold)`);
  return out.join('\n') + '\n';
}

export function formatStage(name: string, thread: string, o: FormatOptions = {}): string {
  return paint(o, 'bold', `== stage: ${name}`) + ` [${thread}]\n`;
}

/**
 * The run's warnings (a present-pte helper on a swap-format pte, ...), one line each as a compiler
 * prints them: `file:line:col: warning: message (N calls)`. Empty text when there are none.
 */
export function formatWarnings(warnings: WarningView[] | undefined, o: FormatOptions & { display?: (file: string) => string } = {}): string {
  if (!warnings?.length) return '';
  const calls = warnings.reduce((n, w) => n + w.count, 0);
  const out = [`Warnings: ${warnings.length} (${calls} call${calls === 1 ? '' : 's'})`];
  for (const w of warnings) {
    const where = `${o.display ? o.display(w.file) : w.file}:${w.line}:${w.column}`;
    out.push(`  ${escapeControls(where)}: ${paint(o, 'yellow', 'warning')}: ${escapeControls(w.message)}${w.count > 1 ? ` (${w.count} calls)` : ''}`);
  }
  return out.join('\n') + '\n';
}
