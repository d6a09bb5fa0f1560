// Compile-time evaluation of integer constant expressions: array sizes, enum values, case
// labels and #if conditions. Follows the same literal and conversion rules as run time (as
// 64-bit values; the result's sign follows the usual conversions closely enough for sizes and
// labels).

import { memberOffset, typeArgBuiltin } from './builtin-types';
import { parseCharLiteral, parseIntLiteral } from './literals';
import { macroBody } from './macro-body';
import type { Node } from './parse';
import { sizeOf, alignOf } from './types';
import { CompileError, type Unit } from './unit';
import { namedType, typeDescriptor } from './compile-types';
import { dict } from './dict';
import { countExpansion, ExpansionLimit } from './unit';

export function constEval(u: Unit, node: Node, env: Record<string, Node> = dict()): bigint {
  const ev = (n: Node): bigint => constEval(u, n, env);
  switch (node.type) {
    case 'number_literal': {
      const neg = node.text.startsWith('-');
      const lit = parseIntLiteral(neg ? node.text.slice(1).trim() : node.text);
      if (!lit) throw new CompileError(node, `unsupported number '${node.text}'`);
      const v = lit.type.signed ? BigInt.asIntN(64, lit.value) : lit.value;
      return neg ? -v : v;
    }
    case 'char_literal':
      return parseCharLiteral(node.text);
    case 'true':
      return 1n;
    case 'false':
    case 'null':
      return 0n;
    case 'parenthesized_expression':
      return ev(node.namedChildren[0]!);
    case 'identifier': {
      const name = node.text;
      if (env[name]) return ev(env[name]);
      if (name in u.enumConsts) return u.enumConsts[name];
      const builtin = typeArgBuiltin(u, name, node);
      if (builtin !== undefined) return builtin;
      const m = u.macros[name];
      // As in the preprocessor, a macro is not expanded again inside its own expansion.
      if (m && !m.params && !expanding.has(name)) {
        const body = macroBody(u, m);
        if (!body) throw new CompileError(node, `macro '${name}' is empty`);
        return expandOnce(u, node, name, () => constEval(u, body, dict()));
      }
      throw new CompileError(node, `'${name}' is not a constant`);
    }
    case 'unary_expression': {
      const v = ev(node.childForFieldName('argument')!);
      switch (node.childForFieldName('operator')!.text) {
        case '-':
          return -v;
        case '+':
          return v;
        case '~':
          return BigInt.asUintN(64, ~v);
        case '!':
          return v === 0n ? 1n : 0n;
      }
      break;
    }
    case 'binary_expression': {
      const op = node.childForFieldName('operator')!.text;
      const a = ev(node.childForFieldName('left')!);
      const b = ev(node.childForFieldName('right')!);
      switch (op) {
        case '+': return a + b;
        case '-': return a - b;
        case '*': return a * b;
        case '/':
          if (b === 0n) throw new CompileError(node, 'division by zero in a constant expression');
          return a / b;
        case '%':
          if (b === 0n) throw new CompileError(node, 'division by zero in a constant expression');
          return a % b;
        case '<<':
        case '>>':
          // A count past the width is undefined in C (and 1 << 2424 would be a huge BigInt).
          if (b < 0n || b > 63n) throw new CompileError(node, `shift count ${b} out of range (0 to 63) in a constant expression`);
          return op === '<<' ? BigInt.asUintN(64, a << b) : a >> b;
        case '&': return a & b;
        case '|': return a | b;
        case '^': return a ^ b;
        case '<': return a < b ? 1n : 0n;
        case '>': return a > b ? 1n : 0n;
        case '<=': return a <= b ? 1n : 0n;
        case '>=': return a >= b ? 1n : 0n;
        case '==': return a === b ? 1n : 0n;
        case '!=': return a !== b ? 1n : 0n;
        case '&&': return a && b ? 1n : 0n;
        case '||': return a || b ? 1n : 0n;
      }
      break;
    }
    case 'conditional_expression':
      return ev(node.childForFieldName('condition')!) !== 0n
        ? ev(node.childForFieldName('consequence')!)
        : ev(node.childForFieldName('alternative')!);
    case 'cast_expression':
      return ev(node.childForFieldName('value')!);
    case 'sizeof_expression': {
      const t = node.childForFieldName('type');
      if (t) return BigInt(sizeOf(typeDescriptor(u, t)));
      // sizeof(__u64): the grammar reads a typedef name it does not know as an expression
      const v = node.childForFieldName('value');
      const id = v?.type === 'parenthesized_expression' ? v.namedChildren[0] : undefined;
      const nt = id?.type === 'identifier' ? namedType(u, id.text) : undefined;
      if (nt) return BigInt(sizeOf(nt));
      break;
    }
    case 'alignof_expression': {
      const t = node.childForFieldName('type');
      if (t) return BigInt(alignOf(typeDescriptor(u, t)));
      break;
    }
    case 'offsetof_expression':
      // offsetof(T, m) as the grammar reads it (a member path was rewritten by the sanitizer).
      return memberOffset(u, typeDescriptor(u, node.childForFieldName('type')!), node.childForFieldName('member')!.text, node);
    case 'call_expression': {
      const fn = node.childForFieldName('function')!;
      const m = fn.type === 'identifier' && !expanding.has(fn.text) ? u.macros[fn.text] : undefined;
      if (m && m.params) {
        const args = node.childForFieldName('arguments')!.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
        const inner: Record<string, Node> = dict();
        m.params.forEach((p, i) => (inner[p] = args[i]));
        const body = macroBody(u, m);
        if (!body) throw new CompileError(node, `macro '${m.name}' is empty`);
        // Arguments are evaluated in the caller's environment: substitute eagerly.
        const evaluated: Record<string, Node> = dict();
        for (const [k, v] of Object.entries(inner)) if (v) evaluated[k] = v;
        return expandOnce(u, node, m.name, () => constEvalWithArgs(u, body, evaluated, env));
      }
      break;
    }
  }
  throw new CompileError(node, `not a constant expression: '${node.text.slice(0, 40)}'`);
}

function constEvalWithArgs(u: Unit, body: Node, args: Record<string, Node>, outer: Record<string, Node>): bigint {
  // Parameters bound to nodes of the caller; nested identifiers of the caller resolve through
  // `outer`. Precompute the argument values in the outer environment to avoid capture.
  const values: Record<string, bigint> = dict();
  for (const [k, v] of Object.entries(args)) values[k] = constEval(u, v, outer);
  const saved = dict(u.enumConsts);
  try {
    for (const [k, v] of Object.entries(values)) u.enumConsts[k] = v;
    return constEval(u, body, dict());
  } finally {
    u.enumConsts = saved;
  }
}

/** Macros being expanded by constEval right now (the innermost expansion is the last added). */
const expanding = new Set<string>();

function expandOnce(u: Unit, use: Node, name: string, f: () => bigint): bigint {
  countExpansion(u, use);
  expanding.add(name);
  try {
    return f();
  } catch (err) {
    // An error inside the macro's body is reported where the macro is used.
    if (err instanceof ExpansionLimit) throw new ExpansionLimit(use, err.message);
    if (err instanceof CompileError && err.node.tree !== use.tree) throw new CompileError(use, `in expansion of macro '${name}': ${err.message}`);
    throw err;
  } finally {
    expanding.delete(name);
  }
}
