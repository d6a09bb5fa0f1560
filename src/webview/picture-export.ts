// Exports of the page-table picture. As SVG: the drawn <svg> with the theme's colours resolved
// into attributes (outside the webview there are no VS Code CSS variables), standalone, for a
// bug report or a slide. As text, for a review reply: the walk in ASCII (one line per pte run,
// a rule at every pmd boundary, the markers * changed, ! culprit, > current address) followed by
// the state excerpt the evidence of review comments uses (src/protocol/excerpt.ts).

import { asciiText, stateExcerpt } from '../protocol/excerpt';
import type { StateView } from '../protocol/state';
import { addrOf, hexOf, Marks, PMD_SPAN, pteIndex, walkOf } from './pgtable-model';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Computed properties copied onto each exported element. */
const PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-decoration', 'opacity'];

/** The picture as a standalone SVG document, its colours resolved from the current theme. */
export function svgDocument(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const src = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const dst = [copy, ...Array.from(copy.querySelectorAll('*'))];
  const win = svg.ownerDocument.defaultView;
  src.forEach((el, i) => {
    const out = dst[i];
    if (!out || !win) return;
    const cs = win.getComputedStyle(el);
    const decl = PROPS.map((p) => [p, cs.getPropertyValue(p)] as const).filter(([, v]) => v && v !== 'none' && v !== 'normal' && v !== 'auto');
    for (const [p, v] of decl) out.setAttribute(p, v);
    out.removeAttribute('tabindex');
    out.removeAttribute('class');
  });
  const bg = win ? win.getComputedStyle(svg.ownerDocument.body).backgroundColor : '';
  if (bg) {
    const rect = svg.ownerDocument.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', bg);
    copy.insertBefore(rect, copy.firstChild);
  }
  copy.setAttribute('xmlns', SVG_NS);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

function marksOf(view: StateView): Marks {
  return {
    changed: new Set(view.changed),
    culprits: new Set(view.violations.flatMap((v) => v.culprits ?? [])),
    focus: view.focus ? addrOf(view.focus.addr) : undefined,
  };
}

/** The walk of process `pid` as ASCII lines (every process when pid is undefined). */
export function pictureText(view: StateView, pid?: number): string {
  const m = marksOf(view);
  const lines: string[] = [];
  for (const proc of view.processes) {
    if (pid !== undefined && proc.pid !== pid) continue;
    const w = walkOf(proc, m);
    lines.push(`pid ${proc.pid} ${asciiText(proc.name)}: pgd[${w.pgd.join(',')}] -> p4d (folded) -> pud[${w.pud.join(',')}] -> pmd`);
    w.tables.forEach((t, k) => {
      if (k > 0 && t.skippedBefore) lines.push(`  ---- ${t.skippedBefore.tables} pte tables (${t.skippedBefore.ptes} ptes) not shown ----`);
      else if (k > 0) lines.push(`  ---- ${w.tables[k - 1].base + PMD_SPAN === t.base ? 'pmd boundary' : 'gap, next pmd'} ${hexOf(t.base)} ----`);
      const head = t.populated ? 'pte table' : 'no pte table (pmd none)';
      lines.push(`  ${t.focus ? '>' : ' '}pmd[${t.pmd}] ${head} ${hexOf(t.base)}-${hexOf(t.base + PMD_SPAN - 1)}: ${t.ptes} ptes${t.focus && m.focus !== undefined ? `, addr ${hexOf(m.focus)} here` : ''}`);
      for (const r of t.runs) {
        if (r.skipped !== undefined) {
          lines.push(`      ... ${r.skipped} ptes in ${r.skippedRuns} runs not drawn`);
          continue;
        }
        const a = pteIndex(addrOf(r.ptes[0].addr));
        const b = pteIndex(addrOf(r.ptes[r.ptes.length - 1].addr));
        const mark = `${r.culprit ? '!' : ' '}${r.changed ? '*' : ' '}${r.focus ? '>' : ' '}`;
        const idx = a === b ? `[${a}]` : `[${a}]-[${b}]`;
        const n = r.ptes.length > 1 ? ` x${r.ptes.length}` : '';
        const to = r.pfnFirst === undefined ? '' : r.pfnFirst === r.pfnLast ? ` -> pfn ${hexOf(r.pfnFirst)}` : ` -> pfn ${hexOf(r.pfnFirst)}-${hexOf(r.pfnLast ?? r.pfnFirst)}`;
        lines.push(`   ${mark} ${idx.padEnd(11)} ${r.kind}${n}${r.ptes[0].bits.length ? ' ' + r.ptes[0].bits.join(' ') : ''}${to}`);
      }
    });
    for (const t of view.tlbs) {
      for (const e of t.entries) {
        if (e.pid === proc.pid) lines.push(`  tlb cpu ${t.cpu}: ${e.addr} -> pfn ${hexOf(e.pfn)}${e.write ? ' (W)' : ''}${e.stale ? '  STALE' : ''}`);
      }
    }
  }
  return lines.map(asciiText).join('\n');
}

/** The text export: the walk, then the excerpt (markers: * changed, ! culprit, > current address). */
export function exportText(view: StateView, pid?: number): string {
  return `mmstep state at step ${view.step}${view.stage ? ` (${asciiText(view.stage)})` : ''}\n\n${pictureText(view, pid)}\n\n${stateExcerpt(view, { maxLines: 40 })}\n`;
}
