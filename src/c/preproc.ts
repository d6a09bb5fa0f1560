// Preprocessor directives, wherever they stand (file scope or inside a function body):
// #define / #undef update the macro table in order, and #if / #ifdef / #elif / #else select
// the branch whose contents are compiled. #if conditions follow the preprocessor's rules:
// `defined X`, and identifiers that are not macros count as 0.

import { constEval } from './const-eval';
import type { Node } from './parse';
import { CompileError, type Unit } from './unit';

function named(node: Node | null): Node[] {
  return (node?.namedChildren ?? []).filter((c): c is Node => !!c && c.type !== 'comment');
}

export const CONDITIONALS = new Set(['preproc_ifdef', 'preproc_if', 'preproc_elif', 'preproc_elifdef']);

/** Define, undefine or reject a directive node; returns false if `n` is not one. */
export function directive(u: Unit, n: Node): boolean {
  switch (n.type) {
    case 'preproc_def': {
      const name = n.childForFieldName('name')!.text;
      u.macros[name] = { name, body: n.childForFieldName('value')?.text ?? '', file: u.file, line: n.startPosition.row + 1 };
      return true;
    }
    case 'preproc_function_def': {
      const name = n.childForFieldName('name')!.text;
      const params: string[] = [];
      for (const p of named(n.childForFieldName('parameters'))) if (p.type === 'identifier') params.push(p.text);
      const variadic = n.childForFieldName('parameters')!.text.includes('...');
      if (variadic) params.push('__VA_ARGS__');
      u.macros[name] = { name, params, variadic, body: n.childForFieldName('value')?.text ?? '', file: u.file, line: n.startPosition.row + 1 };
      return true;
    }
    case 'preproc_call': {
      const dir = n.childForFieldName('directive')!.text.replace(/\s+/g, '');
      const arg = n.childForFieldName('argument')?.text.trim() ?? '';
      if (dir === '#undef') delete u.macros[arg];
      else if (dir === '#error') throw new CompileError(n, `#error ${arg}`);
      else if (dir !== '#pragma' && dir !== '#warning') throw new CompileError(n, `unsupported directive ${dir}`);
      return true;
    }
    default:
      return false;
  }
}

/** The nodes of the branch a conditional selects (possibly none). */
export function selectBranch(u: Unit, n: Node): Node[] {
  let taken: boolean;
  if (n.type === 'preproc_ifdef' || n.type === 'preproc_elifdef') {
    const name = n.childForFieldName('name')!.text;
    const neg = /^#\s*(ifndef|elifndef)/.test(n.text);
    taken = (name in u.macros) !== neg;
  } else {
    taken = ifCondition(u, n.childForFieldName('condition')!);
  }
  const alt = n.childForFieldName('alternative');
  const cond = n.childForFieldName('condition') ?? n.childForFieldName('name');
  const body = named(n).filter((c) => c.id !== alt?.id && c.id !== cond?.id);
  if (taken) return body;
  if (!alt) return [];
  if (alt.type === 'preproc_else') return named(alt);
  return selectBranch(u, alt);
}

function ifCondition(u: Unit, c: Node): boolean {
  return preprocValue(u, c) !== 0n;
}

/** Evaluate an #if expression: defined(), and unknown identifiers as 0. */
function preprocValue(u: Unit, c: Node): bigint {
  switch (c.type) {
    case 'preproc_defined':
      return named(c)[0]!.text in u.macros ? 1n : 0n;
    case 'identifier':
      if (!(c.text in u.macros) && !(c.text in u.enumConsts)) return 0n;
      return constEval(u, c);
    case 'parenthesized_expression':
      return preprocValue(u, named(c)[0]!);
    case 'unary_expression': {
      const v = preprocValue(u, c.childForFieldName('argument')!);
      const op = c.childForFieldName('operator')!.text;
      return op === '!' ? (v ? 0n : 1n) : op === '-' ? -v : op === '~' ? ~v : v;
    }
    case 'binary_expression': {
      const op = c.childForFieldName('operator')!.text;
      const a = preprocValue(u, c.childForFieldName('left')!);
      if (op === '&&' && !a) return 0n;
      if (op === '||' && a) return 1n;
      const b = preprocValue(u, c.childForFieldName('right')!);
      switch (op) {
        case '&&':
        case '||':
          return b ? 1n : 0n;
        case '==': return a === b ? 1n : 0n;
        case '!=': return a !== b ? 1n : 0n;
        case '<': return a < b ? 1n : 0n;
        case '>': return a > b ? 1n : 0n;
        case '<=': return a <= b ? 1n : 0n;
        case '>=': return a >= b ? 1n : 0n;
        case '+': return a + b;
        case '-': return a - b;
        case '*': return a * b;
        case '/': return b ? a / b : 0n;
        case '%': return b ? a % b : 0n;
        case '&': return a & b;
        case '|': return a | b;
        case '^': return a ^ b;
        case '<<':
        case '>>':
          if (b < 0n || b > 63n) throw new CompileError(c, `shift count ${b} out of range (0 to 63) in #if`);
          return op === '<<' ? BigInt.asIntN(64, a << b) : a >> b;
      }
      break;
    }
    case 'conditional_expression':
      return preprocValue(u, c.childForFieldName('condition')!)
        ? preprocValue(u, c.childForFieldName('consequence')!)
        : preprocValue(u, c.childForFieldName('alternative')!);
  }
  return constEval(u, c);
}
