// Kernel annotation macros (__always_inline, __user, __releases(x), ...) confuse the C grammar,
// so they are replaced by spaces of the same length before parsing. Nothing moves: every line
// and column of the parse tree still matches the editor.

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
    let depth = 0;
    let end = -1;
    for (let i = m.index + m[0].length - 1; i < out.length; i++) {
      if (out[i] === '(') depth++;
      else if (out[i] === ')' && --depth === 0) {
        end = i;
        break;
      }
    }
    if (end < 0) break;
    const inner = out.slice(m.index, end).replace(/\b(struct|union)\b/g, (w) => ' '.repeat(w.length));
    out = out.slice(0, m.index) + inner + out.slice(end);
  }
  return out;
}

/** Replace annotations by spaces; also `EXPORT_SYMBOL(x);` lines, which are not code. */
export function sanitize(text: string): string {
  let out = blankTypeKeywords(text.replace(wordRe, blank));
  out = out.replace(/\bEXPORT_SYMBOL(?:_GPL)?\s*\([^)]*\)\s*;/g, blank);
  // Parenthesised annotations: blank up to the matching parenthesis.
  let m: RegExpExecArray | null;
  argRe.lastIndex = 0;
  while ((m = argRe.exec(out))) {
    let depth = 0;
    let end = m.index;
    for (let i = m.index + m[0].length - 1; i < out.length; i++) {
      if (out[i] === '(') depth++;
      else if (out[i] === ')') {
        depth--;
        if (depth === 0) {
          end = i + 1;
          break;
        }
      }
    }
    if (end <= m.index) break;
    out = out.slice(0, m.index) + blank(out.slice(m.index, end)) + out.slice(end);
    argRe.lastIndex = end;
  }
  return out;
}
