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

/** Replace annotations by spaces; also `EXPORT_SYMBOL(x);` lines, which are not code. */
export function sanitize(text: string): string {
  let out = text.replace(wordRe, blank);
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
