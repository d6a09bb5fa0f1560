// How deeply a syntax tree nests, measured without recursion. tree-sitter itself parses any
// depth (its stack is on the heap), but the compiler walks trees recursively, so input that
// nests without bound — a 100,000-term `1+1+...`, 5,000 nested braces or parentheses — is
// refused before compiling, with a diagnostic at the first node past the limit, instead of
// overflowing the JavaScript stack.

import type { Node } from './parse';
import { MAX_NESTING } from './limits';

/** The first node (in source order) nested deeper than `limit` below `root`, if any. */
export function nodeDeeperThan(root: Node, limit: number = MAX_NESTING): Node | undefined {
  const cursor = root.walk();
  try {
    let depth = 0;
    for (;;) {
      if (depth > limit) return cursor.currentNode;
      if (cursor.gotoFirstChild()) {
        depth++;
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (depth === 0 || !cursor.gotoParent()) return undefined;
        depth--;
        if (depth === 0) return undefined;
      }
    }
  } finally {
    cursor.delete();
  }
}

export function nestingMessage(limit: number = MAX_NESTING): string {
  return `nesting too deep (limit ${limit} levels of expressions, statements and declarators)`;
}
