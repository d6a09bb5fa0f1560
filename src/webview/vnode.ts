// A tiny virtual-node model for the state view. The render-*.ts files build VNodes from a
// StateView as plain data, so they can be tested in Node; dom.ts turns them into real DOM in the
// webview. Text is always set as text (never parsed as HTML), so state strings cannot inject
// markup.

export type Attrs = Record<string, string | number | boolean | undefined>;

export interface VElement {
  tag: string;
  attrs: Attrs;
  children: VNode[];
}

export type VNode = VElement | string;

export function h(tag: string, attrs: Attrs = {}, ...children: (VNode | VNode[] | undefined | null | false)[]): VElement {
  const flat: VNode[] = [];
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) flat.push(...c);
    else flat.push(c);
  }
  return { tag, attrs, children: flat };
}

export function isElement(n: VNode): n is VElement {
  return typeof n !== 'string';
}

/** The text content of a node, as the DOM's textContent would give it. */
export function textOf(n: VNode): string {
  if (typeof n === 'string') return n;
  return n.children.map(textOf).join('');
}

/** Depth-first search for every element matching `pred`. */
export function findAll(n: VNode, pred: (e: VElement) => boolean): VElement[] {
  const out: VElement[] = [];
  const walk = (x: VNode): void => {
    if (typeof x === 'string') return;
    if (pred(x)) out.push(x);
    x.children.forEach(walk);
  };
  walk(n);
  return out;
}

export function hasClass(e: VElement, cls: string): boolean {
  const c = e.attrs['class'];
  return typeof c === 'string' && c.split(/\s+/).includes(cls);
}

/** Join class names, dropping falsy ones. */
export function cx(...names: (string | false | undefined | null)[]): string {
  return names.filter(Boolean).join(' ');
}

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col']);

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) =>
    ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : '&#39;',
  );
}

/** Serialise to HTML (escaped); used by tests and for debugging, not by the webview itself. */
export function toHtml(n: VNode): string {
  if (typeof n === 'string') return escapeHtml(n);
  let attrs = '';
  for (const [k, v] of Object.entries(n.attrs)) {
    if (v === undefined || v === false) continue;
    attrs += v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`;
  }
  if (VOID.has(n.tag)) return `<${n.tag}${attrs}>`;
  return `<${n.tag}${attrs}>${n.children.map(toHtml).join('')}</${n.tag}>`;
}
