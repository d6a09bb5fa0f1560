// Applying patches in memory (src/review/apply.ts) to texts of our own, with mail made by real
// `git format-patch`: a series applied up to patch N, offsets and fuzz reported, a hunk that does
// not apply as a diagnostic at its @@ line, a missing target, new and deleted files, and the line
// map from every patched line back to the '+' / ' ' line of the mail that produced it.
import * as assert from 'assert';
import * as fs from 'fs';
import { applyPatch } from 'diff';
import { applyPatches, type ApplyResult } from '../../../src/review/apply';
import { openMail, type SeriesPatch } from '../../../src/review/thread';
import { formatPatchSeries, removeSeries } from './format-patch';

const V0 = [
  '// toy collect pass',
  '#include "toy.h"',
  '',
  'static int toy_collect(struct toy_range *r)',
  '{',
  '\tunsigned long addr;',
  '\tint n = 0;',
  '',
  '\tfor (addr = r->start; addr < r->end; addr += TOY_PAGE)',
  '\t\tn += toy_take(r, addr);',
  '\treturn n;',
  '}',
  '',
  'static void toy_restore(struct toy_range *r)',
  '{',
  '\tunsigned long addr;',
  '',
  '\tfor (addr = r->start; addr < r->end; addr += TOY_PAGE)',
  '\t\ttoy_put(r, addr);',
  '}',
  '',
].join('\n');

const V1 = V0.replace('\t\tn += toy_take(r, addr);', '\t\tif (toy_pinned(r, addr))\n\t\t\tcontinue;\n\t\tn += toy_take(r, addr);');
const V2 = V1.replace('\t\ttoy_put(r, addr);', '\t\ttoy_put_locked(r, addr);');
const HELPER = 'int toy_pinned(struct toy_range *r, unsigned long addr)\n{\n\treturn r->pins > 0;\n}\n';

async function seriesOf(files: string[]): Promise<SeriesPatch[]> {
  const t = await openMail(files.map((f) => ({ file: f, text: fs.readFileSync(f, 'utf8') })));
  assert.deepStrictEqual(t.diagnostics.filter((d) => d.severity === 'error'), []);
  assert.strictEqual(t.series.length, 1);
  return t.series[0].patches;
}

function reader(files: Record<string, string>) {
  return async (p: string) => files[p];
}

function apply(patches: SeriesPatch[], files: Record<string, string>): Promise<ApplyResult> {
  return applyPatches(patches.map((p) => ({ message: p.message, body: p.body })), reader(files));
}

describe('review: applying patches in memory', function () {
  this.timeout(30000);
  let dir = '';
  let mails: string[] = [];
  let patches: SeriesPatch[] = [];
  before(async () => {
    const s = formatPatchSeries({ 'mm/toy.c': V0, 'mm/old.c': 'int toy_old;\n' }, [
      { subject: 'mm/toy: skip pinned pages in the collect pass', files: { 'mm/toy.c': V1, 'mm/toy_pin.c': HELPER } },
      { subject: 'mm/toy: restore under the lock; drop old.c', files: { 'mm/toy.c': V2, 'mm/old.c': null } },
    ]);
    dir = s.dir;
    mails = s.patches;
    patches = await seriesOf(mails);
  });
  after(() => removeSeries(dir));

  it('applies a series up to patch N in order: texts, a new file, a deletion', async () => {
    assert.strictEqual(patches.length, 2);
    const one = await apply(patches.slice(0, 1), { 'mm/toy.c': V0, 'mm/old.c': 'int toy_old;\n' });
    assert.deepStrictEqual(one.diagnostics, []);
    assert.strictEqual(one.files.get('mm/toy.c')!.text, V1);
    assert.strictEqual(one.files.get('mm/toy_pin.c')!.text, HELPER);
    assert.strictEqual(one.files.get('mm/toy_pin.c')!.created, true);
    assert.ok(!one.files.has('mm/old.c'), 'patch 1 does not touch old.c');
    const two = await apply(patches, { 'mm/toy.c': V0, 'mm/old.c': 'int toy_old;\n' });
    assert.deepStrictEqual(two.diagnostics, []);
    assert.strictEqual(two.files.get('mm/toy.c')!.text, V2);
    assert.strictEqual(two.files.get('mm/old.c')!.deleted, true);
    assert.strictEqual(two.files.get('mm/old.c')!.text, undefined);
  });

  it('agrees with jsdiff applyPatch on the same hunks', async () => {
    const r = await apply(patches.slice(0, 1), { 'mm/toy.c': V0 });
    const body = patches[0].message.body;
    const diff = body.slice(body.indexOf('diff --git a/mm/toy.c'), body.indexOf('diff --git a/mm/toy_pin.c'));
    assert.strictEqual(applyPatch(V0, diff), r.files.get('mm/toy.c')!.text);
  });

  it('maps each patched line to the mail line that produced it; changed ranges are the + lines', async () => {
    const r = await apply(patches, { 'mm/toy.c': V0, 'mm/old.c': 'int toy_old;\n' });
    const f = r.files.get('mm/toy.c')!;
    const text = f.text!.split('\n');
    const mailText = new Map(mails.map((m) => [m, fs.readFileSync(m, 'utf8').split('\n')]));
    let plus = 0, ctx = 0;
    f.lineMap.forEach((o, i) => {
      if (!o) return;
      const mailLine = mailText.get(o.mailFile)![o.mailLine - 1];
      assert.strictEqual(mailLine, o.kind + text[i], `patched line ${i + 1} comes from ${o.mailFile}:${o.mailLine}`);
      if (o.kind === '+') plus++;
      else ctx++;
    });
    assert.strictEqual(plus, 3, 'two lines of patch 1 and one of patch 2');
    assert.ok(ctx >= 6);
    const lineOf = (s: string) => text.indexOf(s) + 1;
    assert.deepStrictEqual(f.changed, [
      { start: lineOf('\t\tif (toy_pinned(r, addr))'), end: lineOf('\t\t\tcontinue;') },
      { start: lineOf('\t\ttoy_put_locked(r, addr);'), end: lineOf('\t\ttoy_put_locked(r, addr);') },
    ]);
    const first = f.lineMap[lineOf('\t\tif (toy_pinned(r, addr))') - 1]!;
    assert.strictEqual(first.messageId, patches[0].message.messageId);
    assert.ok(first.docLine! > 0);
    assert.strictEqual(f.lineMap[lineOf('\t\ttoy_put_locked(r, addr);') - 1]!.messageId, patches[1].message.messageId);
    assert.strictEqual(f.lineMap[0], undefined, 'a line the patch does not show');
  });

  it('reports the offset of a hunk that applies elsewhere, and fuzz on a changed context line', async () => {
    const moved = '/* three\n * more\n */\n' + V0;
    const r = await apply(patches.slice(0, 1), { 'mm/toy.c': moved });
    assert.deepStrictEqual(r.diagnostics, []);
    assert.deepStrictEqual(r.files.get('mm/toy.c')!.placements.map((p) => [p.offset, p.fuzz]), [[3, 0]]);
    assert.strictEqual(r.files.get('mm/toy.c')!.text, '/* three\n * more\n */\n' + V1);
    const fuzzy = V0.replace('\tint n = 0;', '\tint n = 0; /* count */');
    const z = await apply(patches.slice(0, 1), { 'mm/toy.c': fuzzy });
    assert.deepStrictEqual(z.diagnostics.map((d) => [d.severity, d.message]), [['warning', 'hunk #1 (-7,6 +7,8) applied to mm/toy.c at line 7 with fuzz 1: 1 of its context lines differ from the file']]);
    assert.ok(z.ok);
    assert.deepStrictEqual(z.files.get('mm/toy.c')!.placements.map((p) => [p.offset, p.fuzz]), [[0, 1]]);
    assert.ok(z.files.get('mm/toy.c')!.text!.includes('\tint n = 0; /* count */'), "the file's own context line is kept");
  });

  it('a hunk that does not apply is a diagnostic at its @@ line naming the file and why', async () => {
    // Three of the hunk's six context lines differ: more than the fuzz of 2.
    const changed = V0.replace('\tint n = 0;', '\tlong n = 0;').replace('\t\tn += toy_take(r, addr);', '\t\tn += toy_take_one(r, addr);').replace('\treturn n;', '\treturn (int)n;');
    const r = await apply(patches.slice(0, 1), { 'mm/toy.c': changed });
    assert.strictEqual(r.ok, false);
    assert.strictEqual(r.diagnostics.length, 1);
    const d = r.diagnostics[0];
    const mail = fs.readFileSync(mails[0], 'utf8').split('\n');
    assert.strictEqual(d.file, mails[0]);
    assert.match(mail[d.line - 1], /^@@ -\d+,\d+ \+\d+,\d+ @@/);
    assert.strictEqual(d.column, 1);
    assert.match(d.message, /^hunk #1 \(-\d+,\d+ \+\d+,\d+\) does not apply to mm\/toy\.c: /);
    assert.match(d.message, /nearest is line 7 \(where it says\), where line 7 reads 'long n = 0;' but the patch has as context 'int n = 0;' \(3 lines differ\)$/);
  });

  it('a missing target file, and a new file that already exists, are diagnostics at the file header', async () => {
    const r = await apply(patches.slice(0, 1), { 'mm/toy_pin.c': 'x\n' });
    assert.strictEqual(r.ok, false);
    const mail = fs.readFileSync(mails[0], 'utf8').split('\n');
    const msgs = r.diagnostics.map((d) => `${mail[d.line - 1]} | ${d.message}`);
    assert.deepStrictEqual(msgs, [
      '--- a/mm/toy.c | the patch changes mm/toy.c, which does not exist',
      '+++ b/mm/toy_pin.c | the patch creates mm/toy_pin.c, which already exists',
    ]);
  });
});
