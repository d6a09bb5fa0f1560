// #define bodies are re-parsed with tree-sitter (wrapped in a function so both expression and
// `do { } while (0)` bodies parse) and expanded at each use site on the syntax tree, so a
// macro's arguments are compiled where they were written and positions map to the use.

import type { Node, Tree } from './parse';
import type { MacroDef, Unit } from './unit';
import type { Parser } from 'web-tree-sitter';
import { sanitize, takeAttributes } from './sanitize';
import { noteAttributes } from './attributes';
import { nestingMessage, nodeDeeperThan } from './nesting';

const trees: Tree[] = [];
let parser: Parser | undefined;

export function setMacroParser(p: Parser): void {
  parser = p;
}

/** Free the parse trees of macro bodies (they hold wasm memory). */
export function releaseMacroTrees(): void {
  textCache.clear();
  refusedTexts.clear();
  for (const t of trees.splice(0)) t.delete();
}

const textCache = new Map<string, Node | null>();

/** Parse expanded macro text (an expression or a statement); cached per text. */
export function parseMacroText(text: string): Node | undefined {
  return parseMacroTextWhy(text).node;
}

/** parseMacroText, saying why there is no node when the text parsed but nests too deeply. */
export function parseMacroTextWhy(text: string): { node?: Node; refused?: string } {
  const node = parseMacroTextCached(text);
  if (node || !refusedTexts.has(text)) return { node };
  return { refused: nestingMessage() };
}

const refusedTexts = new Set<string>();

function parseMacroTextCached(text: string): Node | undefined {
  if (textCache.has(text)) return textCache.get(text) ?? undefined;
  if (!parser) throw new Error('macro parser not initialised');
  const src = `void __mmstep_macro(void) {\n${sanitize(text)};\n}\n`;
  const attrs = takeAttributes();
  const tree = parser.parse(src);
  if (tree) noteAttributes(tree, src, attrs);
  let node: Node | null = null;
  if (tree) {
    trees.push(tree);
    const body = tree.rootNode.namedChildren[0]?.childForFieldName('body');
    const first = body?.namedChildren.find((c) => c && c.type !== 'comment') ?? null;
    if (first && !tree.rootNode.hasError) node = first.type === 'expression_statement' ? (first.namedChildren[0] ?? first) : first;
    // Deeper than the compiler walks: refused like text that does not parse.
    if (node && nodeDeeperThan(node)) {
      node = null;
      refusedTexts.add(text);
    }
  }
  textCache.set(text, node);
  return node ?? undefined;
}

/**
 * The body's syntax node: an expression, or a statement (`stmt` set on the macro) for bodies
 * such as `do { ... } while (0)` or `{ ... }`. Undefined for an empty body.
 */
export function macroBody(u: Unit, m: MacroDef): Node | undefined {
  void u;
  if (m.node !== undefined) return m.node;
  const text = sanitize(m.body.replace(/\\\r?\n/g, '  ')).trim();
  if (!text) return undefined;
  if (!parser) throw new Error('macro parser not initialised');
  const wrapped = `void __mmstep_macro(void) {\n${text};\n}\n`;
  const tree = parser.parse(wrapped);
  if (!tree) return undefined;
  trees.push(tree);
  const body = tree.rootNode.namedChildren[0]?.childForFieldName('body');
  const first = body?.namedChildren.find((c) => c && c.type !== 'comment') ?? undefined;
  if (!first || tree.rootNode.hasError) {
    m.node = undefined;
    m.bad = true;
    return undefined;
  }
  if (nodeDeeperThan(first)) {
    m.node = undefined;
    m.refused = nestingMessage();
    return undefined;
  }
  if (first.type === 'expression_statement') {
    m.node = first.namedChildren[0] ?? undefined;
  } else {
    m.node = first;
    m.stmt = true;
  }
  return m.node;
}
