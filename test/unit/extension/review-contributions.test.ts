// package.json's contributions for patch review match the code: every command the review UI
// registers is declared (and every review command declared is registered), every menu entry names a
// declared command, the view id is the tree's, the mmstep-patch language has its grammar, and the
// grammar pulls in source.c through a pattern (VS Code loads embedded grammars it finds through
// `patterns`, not through `captures`, so without it the hunks would not be highlighted as C).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const REVIEW = path.join(ROOT, 'src/extension/review');

function registered(): string[] {
  const ids = new Set<string>();
  for (const f of fs.readdirSync(REVIEW).filter((n) => n.endsWith('.ts'))) {
    const text = fs.readFileSync(path.join(REVIEW, f), 'utf8');
    for (const m of text.matchAll(/reg\(\s*'(mmstep\.review\.[\w.]+)'/g)) ids.add(m[1]);
  }
  // OPEN_PATCH is registered through its constant
  if (/reg\(OPEN_PATCH,/.test(fs.readFileSync(path.join(REVIEW, 'register.ts'), 'utf8'))) ids.add('mmstep.review.openPatch');
  return [...ids].sort();
}

describe('package.json: the patch review contributions', () => {
  const declared: string[] = pkg.contributes.commands.map((c: { command: string }) => c.command);

  it('declares exactly the review commands the extension registers', () => {
    const reg = registered();
    assert.ok(reg.length >= 15, `found ${reg.length} registrations`);
    assert.deepStrictEqual(declared.filter((c) => c.startsWith('mmstep.review.')).sort(), reg);
  });

  it('every menu entry names a declared command', () => {
    const bad: string[] = [];
    for (const [menu, entries] of Object.entries(pkg.contributes.menus as Record<string, Array<{ command: string }>>)) {
      for (const e of entries) if (!declared.includes(e.command)) bad.push(`${menu}: ${e.command}`);
    }
    assert.deepStrictEqual(bad, []);
  });

  it('the tree view, the language and its grammar with C embedded', () => {
    const views = Object.values(pkg.contributes.views as Record<string, Array<{ id: string }>>).flat();
    assert.ok(views.some((v) => v.id === 'mmstep.review'));
    assert.match(fs.readFileSync(path.join(REVIEW, 'tree.ts'), 'utf8'), /VIEW_ID = 'mmstep\.review'/);
    assert.ok(pkg.contributes.languages.some((l: { id: string }) => l.id === 'mmstep-patch'));
    const g = pkg.contributes.grammars.find((x: { language: string }) => x.language === 'mmstep-patch');
    const grammar = JSON.parse(fs.readFileSync(path.join(ROOT, g.path), 'utf8'));
    assert.strictEqual(grammar.scopeName, g.scopeName);
    const includes = (rules: Array<{ include?: string; patterns?: unknown[] }>, repo: Record<string, { patterns?: unknown[] }>): string[] =>
      rules.flatMap((r) => [r.include ?? '', ...includes((r.patterns ?? []) as never[], repo),
        ...(r.include?.startsWith('#') ? includes((repo[r.include.slice(1)]?.patterns ?? []) as never[], {}) : [])]);
    assert.ok(includes(grammar.patterns, grammar.repository).includes('source.c'), 'source.c is reachable through patterns');
    assert.strictEqual(g.embeddedLanguages['meta.embedded.line.c'], 'c');
    for (const [name, rule] of Object.entries(grammar.repository as Record<string, { match?: string; begin?: string; end?: string }>)) {
      for (const re of [rule.match, rule.begin, rule.end]) if (re && re !== '(?!)') assert.doesNotThrow(() => new RegExp(re.replace(/\\A/g, '^')), `${name}: ${re}`);
    }
    assert.ok(pkg.activationEvents.includes('onFileSystem:mmstep-patch'), 'a restored patch editor activates mmstep');
  });
});
