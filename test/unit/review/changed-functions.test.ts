// Which functions a patch changes (src/review/changed-functions.ts), on mail made by real
// `git format-patch` from C of our own: the function enclosing each changed line of the patched
// file, not the @@ header's context (which names the function above when the change is at the top
// of the next one), functions the patch adds whole, and the guess from the hunk alone.
import * as assert from 'assert';
import * as fs from 'fs';
import { applyPatches } from '../../../src/review/apply';
import { changedFunctions, topLevelFunctions } from '../../../src/review/changed-functions';
import { openMail } from '../../../src/review/thread';
import { formatPatchSeries, removeSeries } from './format-patch';

const BASE = [
  '// toy walk',
  '#include "toy.h"',
  '#define TOY_STEP(x) \\',
  '\t((x) + 1)',
  '',
  'static const struct toy_ops toy_ops = {',
  '\t.step = toy_step,',
  '};',
  '',
  'static int toy_collect(struct toy_range *r)',
  '{',
  '\tint n = 0; /* { not a brace */',
  '\tconst char *s = "}";',
  '',
  '\tn += toy_take(r, s);',
  '\treturn n;',
  '}',
  '',
  'static void toy_restore(struct toy_range *r,',
  '\t\t\tunsigned long start)',
  '{',
  '\tunsigned long addr = start;',
  '',
  '\ttoy_put(r, addr);',
  '}',
  '',
].join('\n');

const NEW = BASE
  .replace('\tunsigned long addr = start;', '\tunsigned long addr = start & TOY_MASK;')
  .replace('\tn += toy_take(r, s);', '\tn += toy_take(r, s) ? 1 : 0;') + 'int toy_count(struct toy_range *r)\n{\n\treturn r->n;\n}\n';

describe('review: the functions a patch changes', function () {
  this.timeout(30000);
  let dir = '';
  let mail = '';
  before(() => {
    const s = formatPatchSeries({ 'mm/toy.c': BASE }, [{ subject: 'mm/toy: mask the restore start; add toy_count', files: { 'mm/toy.c': NEW } }]);
    dir = s.dir;
    mail = s.patches[0];
  });
  after(() => removeSeries(dir));

  it('finds top-level definitions past comments, strings, macros and initializers', () => {
    assert.deepStrictEqual(topLevelFunctions(BASE), [
      { name: 'toy_collect', line: 10, endLine: 17 },
      { name: 'toy_restore', line: 19, endLine: 25 },
    ]);
  });

  it('names the enclosing function of the patched file, not the @@ context; and the added one', async () => {
    const text = fs.readFileSync(mail, 'utf8');
    const t = await openMail([{ file: mail, text }]);
    const p = t.series[0].patches[0];
    const hunkHeads = text.split('\n').filter((l) => l.startsWith('@@ '));
    assert.ok(hunkHeads.some((h) => /@@ static int toy_collect\(/.test(h)), `git's context names the function above: ${hunkHeads.join(' | ')}`);
    const r = await applyPatches([{ message: p.message, body: p.body }], async (f) => (f === 'mm/toy.c' ? BASE : undefined));
    const exact = changedFunctions(p.message, p.body, r.files);
    assert.deepStrictEqual(exact.map((c) => [c.name, c.added, c.line, c.endLine]), [
      ['toy_collect', false, 10, 17],
      ['toy_restore', false, 19, 25],
      ['toy_count', true, 26, 29],
    ]);
    const docLines = (await import('../../../src/review/patch-doc')).buildPatchDocument(p.message, p.body).text.split('\n');
    for (const c of exact) assert.match(docLines[c.docLine - 1], /^@@ /);
    // Without the patched file: the functions whose header the hunk shows, and for the change
    // above the first of them (toy_collect's header is not in the hunk) the @@ context, a guess.
    const guess = changedFunctions(p.message, p.body);
    assert.deepStrictEqual(guess.map((c) => [c.name, c.added, c.guessed ?? false]), [
      ['toy_collect', false, true],
      ['toy_restore', false, false],
      ['toy_count', true, false],
    ]);
  });
});
