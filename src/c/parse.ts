// Parsing kernel C with web-tree-sitter + tree-sitter-c (both WASM). Loads the runtime once,
// blanks annotation macros (columns kept), and turns ERROR / MISSING nodes into diagnostics with
// file, line and column.

import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';
import type { Diagnostic } from '../sim/types';
import { sanitize, takeAttributes } from './sanitize';
import { noteAttributes } from './attributes';
import type { PosMapper } from './unit';

export type { Node, Tree };

export interface WasmBytes {
  runtime?: Uint8Array;
  grammar: Uint8Array;
}

let parserPromise: Promise<Parser> | undefined;

/** Where the two wasm files are when running from dist/ (bundled) or from out/ (tsc). */
function nodeWasmBytes(): WasmBytes {
  // Node-only path: this module is also bundled for Node hosts, never for the webview.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('fs') as typeof import('fs');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const path = require('path') as typeof import('path');
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  const find = (file: string, pkg: string): string => {
    const candidates = [path.join(here, file), path.join(here, '..', file)];
    try {
      candidates.push(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file));
    } catch {
      /* not resolvable from here */
    }
    for (let dir = here; ; dir = path.dirname(dir)) {
      candidates.push(path.join(dir, 'node_modules', pkg, file));
      if (path.dirname(dir) === dir) break;
    }
    const hit = candidates.find((c) => fs.existsSync(c));
    if (!hit) throw new Error(`cannot find ${file} (looked in ${candidates.slice(0, 3).join(', ')} ...)`);
    return hit;
  };
  return {
    runtime: fs.readFileSync(find('web-tree-sitter.wasm', 'web-tree-sitter')),
    grammar: fs.readFileSync(find('tree-sitter-c.wasm', 'tree-sitter-c')),
  };
}

export function getParser(bytes?: WasmBytes): Promise<Parser> {
  if (!parserPromise) {
    parserPromise = (async () => {
      const b = bytes ?? nodeWasmBytes();
      await Parser.init(b.runtime ? { wasmBinary: b.runtime } : undefined);
      const lang = await Language.load(b.grammar);
      const p = new Parser();
      p.setLanguage(lang);
      return p;
    })();
    parserPromise.catch(() => (parserPromise = undefined));
  }
  return parserPromise;
}

export interface ParsedFile {
  file: string;
  text: string;
  tree: Tree;
  diagnostics: Diagnostic[];
  /** A preprocessed translation unit (tu-load.ts): positions map back through its origin map,
   *  and the text has no directives left, so no macros of other files apply. */
  mapper?: PosMapper;
}

export function parseText(parser: Parser, file: string, text: string): ParsedFile {
  const clean = sanitize(text);
  const attrs = takeAttributes();
  const tree = parser.parse(clean);
  if (!tree) throw new Error(`tree-sitter failed to parse ${file}`);
  noteAttributes(tree, clean, attrs);
  const diagnostics: Diagnostic[] = [];
  // An explicit stack, in source order: error subtrees can nest as deeply as the input does.
  const todo: Node[] = [tree.rootNode];
  while (todo.length && diagnostics.length < 20) {
    const node = todo.pop()!;
    const next = collectErrors(node, file, clean, diagnostics);
    for (let i = next.length - 1; i >= 0; i--) todo.push(next[i]);
  }
  return { file, text: clean, tree, diagnostics };
}

/** Report `node` if it is an error; otherwise the children to look at next. */
function collectErrors(node: Node, file: string, text: string, out: Diagnostic[]): Node[] {
  if (!node.hasError && !node.isMissing) return [];
  // An unnamed bit-field (`unsigned int : 4;`): the grammar wants a name, C does not.
  if (node.isMissing && node.type === 'field_identifier' && node.nextSibling?.type === 'bitfield_clause') return [];
  if (node.isMissing) {
    out.push({
      file,
      line: node.startPosition.row + 1,
      column: node.startPosition.column + 1,
      severity: 'error',
      message: `syntax error: missing '${node.type}'`,
    });
    return [];
  }
  if (node.type === 'ERROR') {
    const snippet = text.slice(node.startIndex, Math.min(node.endIndex, node.startIndex + 40)).split('\n')[0];
    out.push({
      file,
      line: node.startPosition.row + 1,
      column: node.startPosition.column + 1,
      endLine: node.endPosition.row + 1,
      endColumn: node.endPosition.column + 1,
      severity: 'error',
      message: `syntax error: cannot parse '${snippet.trim()}'`,
    });
    return [];
  }
  return node.children.filter((c): c is Node => !!c);
}
