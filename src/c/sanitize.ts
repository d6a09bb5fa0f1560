// Kernel annotation macros (__always_inline, __user, __releases(x), ...) confuse the C grammar,
// so they are replaced by spaces of the same length before parsing. Nothing moves: every line
// and column of the parse tree still matches the editor.

import { closingParen, replaceTypeof } from './typeof-names';

const WORDS = [
  '__always_inline',
  '__init',
  '__exit',
  '__user',
  '__iomem',
  '__rcu',
  '__percpu',
  '__maybe_unused',
  '__always_unused',
  '__must_check',
  '__read_mostly',
  '__ref',
  '__weak',
  '__cold',
  '__hot',
  '__pure',
  '__noreturn',
  '__force',
  '__bitwise',
  '__randomize_layout',
  '__packed',
  'noinline',
  'notrace',
  'asmlinkage',
  '__sched',
  '__meminit',
  '__ro_after_init',
];

/** Annotations that take a parenthesised argument: `__releases(ptl)`, `__acquires(x)`. */
const WITH_ARGS = ['__releases', '__acquires', '__must_hold', '__attribute__', '__printf', '__aligned'];

const wordRe = new RegExp(`\\b(?:${WORDS.join('|')})\\b`, 'g');
const argRe = new RegExp(`\\b(?:${WITH_ARGS.join('|')})\\s*\\(`, 'g');

/** An attribute blanked by the last sanitize(): where it was and its text (attributes.ts). */
export interface BlankedAttr {
  start: number;
  end: number;
  text: string;
}
let blanked: BlankedAttr[] = [];

/** The attributes the last sanitize() call blanked, in source order. */
export function takeAttributes(): BlankedAttr[] {
  const out = blanked.sort((a, b) => a.start - b.start);
  blanked = [];
  return out;
}

const LAYOUT_WORD = /^__packed$/;

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

/**
 * Macros whose arguments name a type (`container_of(p, struct foo, list)`): the grammar cannot
 * parse a type there, so the `struct`/`union` keyword inside their argument list is blanked and
 * the tag is read as a name by the compiler.
 */
const TYPE_ARG_MACROS = /\b(?:container_of|list_entry|list_first_entry|list_last_entry|list_next_entry|list_prev_entry|list_first_entry_or_null)\s*\(/g;

function blankTypeKeywords(text: string): string {
  let out = text;
  let m: RegExpExecArray | null;
  TYPE_ARG_MACROS.lastIndex = 0;
  while ((m = TYPE_ARG_MACROS.exec(out))) {
    const end = closingParen(out, m.index + m[0].length - 1);
    if (end < 0) break;
    const inner = out.slice(m.index, end).replace(/\b(struct|union)\b/g, (w) => ' '.repeat(w.length));
    out = out.slice(0, m.index) + inner + out.slice(end);
  }
  return out;
}

/** Replace annotations by spaces; also `EXPORT_SYMBOL(x);` lines, which are not code. */
export function sanitize(text: string): string {
  blanked = [];
  // Annotations are blanked in code, never on preprocessor lines (`#define __must_check`).
  let lineAt = 0;
  let out = text
    .split('\n')
    .map((line) => {
      const at = lineAt;
      lineAt += line.length + 1;
      if (/^\s*#/.test(line)) return line;
      let l = line.replace(wordRe, (w, off: number) => {
        if (LAYOUT_WORD.test(w)) blanked.push({ start: at + off, end: at + off + w.length, text: w });
        return blank(w);
      });
      return l;
    })
    .join('\n');
  out = blankTypeKeywords(out);
  out = replaceTypeof(out);
  out = blankCaseRanges(out);
  out = out.replace(/\bEXPORT_SYMBOL(?:_GPL)?\s*\([^)]*\)\s*;/g, blank);
  // Parenthesised annotations: blank up to the matching parenthesis.
  let m: RegExpExecArray | null;
  argRe.lastIndex = 0;
  while ((m = argRe.exec(out))) {
    // Preprocessor lines keep their text (a #define whose value would become blank no longer
    // parses); macro bodies are sanitized when they are expanded.
    const lineStart = out.lastIndexOf('\n', m.index) + 1;
    if (/^\s*#/.test(out.slice(lineStart, m.index + 1))) continue;
    const close = closingParen(out, m.index + m[0].length - 1);
    if (close < 0) break;
    const end = close + 1;
    if (/^(?:__attribute__|__aligned)/.test(m[0])) blanked.push({ start: m.index, end, text: out.slice(m.index, end) });
    out = out.slice(0, m.index) + blank(out.slice(m.index, end)) + out.slice(end);
    argRe.lastIndex = end;
  }
  return out;
}

/**
 * GNU case ranges `case LO ... HI:`: the grammar has no such label. `... HI` is blanked and
 * kept (as a `case-range` entry of takeAttributes) for the compiler, which finds it after LO.
 */
function blankCaseRanges(text: string): string {
  if (!text.includes('...')) return text;
  const re = /\bcase\b/g;
  let out = text;
  let m: RegExpExecArray | null;
  while ((m = re.exec(out))) {
    const lineStart = out.lastIndexOf('\n', m.index) + 1;
    if (/^\s*#/.test(out.slice(lineStart, m.index + 1))) continue;
    let dots = -1;
    let colon = -1;
    for (let i = m.index + 4; i < out.length && i < m.index + 400; i++) {
      const c = out[i];
      if (c === "'") {
        for (i++; i < out.length && out[i] !== "'"; i++) if (out[i] === '\\') i++;
        continue;
      }
      if (c === ';' || c === '{' || c === '}') break;
      if (c === '.' && out.startsWith('...', i) && dots < 0) {
        dots = i;
        i += 2;
        continue;
      }
      if (c === ':') {
        colon = i;
        break;
      }
    }
    if (dots < 0 || colon < 0) continue;
    blanked.push({ start: dots, end: colon, text: `case-range:${out.slice(dots + 3, colon).trim()}` });
    out = out.slice(0, dots) + blank(out.slice(dots, colon)) + out.slice(colon);
    re.lastIndex = colon;
  }
  return out;
}
