// _Static_assert(expr, "message") (C11 6.7.10) and C23's static_assert, at file scope and in a
// block. The grammar reads one as a call statement; it is checked at compile time like gcc does
// — the condition must be an integer constant expression (offsetof, sizeof, __alignof__ and
// enum constants included) — and emits no code.

import { constEval } from './const-eval';
import type { Node } from './parse';
import { CompileError, type Unit } from './unit';

const named = (n: Node): Node[] => n.namedChildren.filter((c): c is Node => !!c);
const NAMES = new Set(['_Static_assert', 'static_assert']);

/** True when the expression statement `s` was a static assertion (checked, nothing to run). */
export function staticAssert(u: Unit, s: Node): boolean {
  const call = named(s)[0];
  if (!call || call.type !== 'call_expression') return false;
  const fn = call.childForFieldName('function');
  if (!fn || fn.type !== 'identifier' || !NAMES.has(fn.text) || u.fnTypes[fn.text]) return false;
  const args = named(call.childForFieldName('arguments')!).filter((c) => c.type !== 'comment');
  if (args.length < 1 || args.length > 2) throw new CompileError(call, `${fn.text} takes a constant expression and a message`);
  const msg = args[1];
  if (msg && msg.type !== 'string_literal' && msg.type !== 'concatenated_string') throw new CompileError(msg, `${fn.text}: the message must be a string literal`);
  if (constEval(u, args[0]) === 0n) throw new CompileError(call, `static assertion failed${msg ? `: ${msg.text}` : ''}`);
  return true;
}
