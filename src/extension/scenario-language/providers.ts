// Completion and hover for `*.mmstep.yaml` from mmstep itself (no YAML extension needed): the
// candidates come from src/scenario/complete.ts (the scenario's JSON Schema, its C sources);
// here they become vscode.CompletionItems, with the C function names read from the sources the
// scenario lists (cached by file modification time). A quick fix offers the "did you mean"
// names of a diagnostic.

import * as path from 'path';
import * as vscode from 'vscode';
import { cFunctionDefinitions, completionsAt, hoverAt, SourceFacts, type CompletionKind } from '../../scenario/complete';
import { suggestionsIn } from '../../scenario/suggest';
import { parseYaml } from '../../scenario/yaml-doc';

/** Every *.mmstep.yaml, whatever language the editor gives it (yaml, or plain text without a YAML extension). */
export const SCENARIO_SELECTOR: vscode.DocumentSelector = [{ pattern: '**/*.mmstep.yaml' }];

const KINDS: Record<CompletionKind, vscode.CompletionItemKind> = {
  property: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.Value,
  snippet: vscode.CompletionItemKind.Snippet,
  function: vscode.CompletionItemKind.Function,
  file: vscode.CompletionItemKind.File,
  enum: vscode.CompletionItemKind.EnumMember,
};

const fnCache = new Map<string, { mtime: number; names: string[] }>();

async function functionsOf(file: vscode.Uri): Promise<string[]> {
  try {
    const st = await vscode.workspace.fs.stat(file);
    const hit = fnCache.get(file.toString());
    if (hit && hit.mtime === st.mtime) return hit.names;
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    const names = cFunctionDefinitions(text);
    fnCache.set(file.toString(), { mtime: st.mtime, names });
    return names;
  } catch {
    return [];
  }
}

/** The scenario's C sources (as written) and the functions they define. */
export async function sourceFacts(doc: vscode.TextDocument): Promise<SourceFacts> {
  const data = parseYaml(doc.uri.fsPath, doc.getText()).value as { sources?: unknown } | undefined;
  const written = Array.isArray(data?.sources) ? data!.sources.filter((s): s is string => typeof s === 'string') : [];
  const base = vscode.Uri.joinPath(doc.uri, '..');
  const local = written.filter((s) => !s.startsWith('tree:') && /\.c$/.test(s));
  const names = await Promise.all(local.map((s) => functionsOf(path.isAbsolute(s) ? doc.uri.with({ path: s }) : vscode.Uri.joinPath(base, s))));
  return { functions: [...new Set(names.flat())].sort(), files: written.filter((s) => /\.c$/.test(s)).map((s) => s.replace(/^tree:/, '')) };
}

class Completion implements vscode.CompletionItemProvider {
  async provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.CompletionItem[]> {
    const facts = await sourceFacts(doc);
    const { context, items } = completionsAt(doc.getText(), pos.line, pos.character, facts);
    const range = new vscode.Range(pos.line, Math.min(context.start, pos.character), pos.line, pos.character);
    return items.map((c, i) => {
      const item = new vscode.CompletionItem(c.label, KINDS[c.kind]);
      item.insertText = new vscode.SnippetString(c.insert);
      item.range = range;
      if (c.detail) item.detail = c.detail;
      if (c.documentation) item.documentation = new vscode.MarkdownString(c.documentation);
      item.sortText = String(i).padStart(4, '0');
      return item;
    });
  }
}

class Hover implements vscode.HoverProvider {
  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const h = hoverAt(doc.getText(), pos.line, pos.character);
    if (!h) return undefined;
    return new vscode.Hover(new vscode.MarkdownString(h.text), new vscode.Range(h.span.line - 1, h.span.column - 1, h.span.endLine - 1, h.span.endColumn - 1));
  }
}

/** "Change to 'x'" for each name a diagnostic's "did you mean" offers. */
class DidYouMean implements vscode.CodeActionProvider {
  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, ctx: vscode.CodeActionContext): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    for (const d of ctx.diagnostics) {
      if (d.source !== 'mmstep') continue;
      for (const name of suggestionsIn(d.message)) {
        const a = new vscode.CodeAction(`Change to '${name}'`, vscode.CodeActionKind.QuickFix);
        a.edit = new vscode.WorkspaceEdit();
        a.edit.replace(doc.uri, d.range, name);
        a.diagnostics = [d];
        a.isPreferred = out.length === 0;
        out.push(a);
      }
    }
    return out;
  }
}

export function registerScenarioProviders(): vscode.Disposable[] {
  return [
    vscode.languages.registerCompletionItemProvider(SCENARIO_SELECTOR, new Completion(), ':', ' ', '-', '{', ','),
    vscode.languages.registerHoverProvider(SCENARIO_SELECTOR, new Hover()),
    vscode.languages.registerCodeActionsProvider(SCENARIO_SELECTOR, new DidYouMean(), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  ];
}
