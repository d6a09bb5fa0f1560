// The pieces of reply parsing on their own: quote depth with tabs kept, elision and attribution
// forms seen on lore, subject tags, and anchoring of a rewrapped or trimmed quote.
import * as assert from 'assert';
import { anchorQuote, targetLines } from '../../../src/review/anchor';
import { attributionName, isElision, parseReply, quoteDepth } from '../../../src/review/quotes';
import { parseSubject } from '../../../src/review/subject';
import type { PatchFile } from '../../../src/review/types';

describe('review: quotes, subjects, fuzzy anchors', function () {
  it('counts quote depth for "> >", ">>" and "> >> >", stripping one space only', function () {
    assert.deepStrictEqual(['> +\tx', '> > y', '>> z', '> >> > +\t\tw', '>', '>  \tctx', 'plain'].map(quoteDepth), [
      { depth: 1, text: '+\tx' }, { depth: 2, text: 'y' }, { depth: 2, text: 'z' }, { depth: 4, text: '+\t\tw' },
      { depth: 1, text: '' }, { depth: 1, text: ' \tctx' }, { depth: 0, text: 'plain' }]);
  });

  it('knows elisions and attribution lines', function () {
    assert.deepStrictEqual(['.....', '[...]', '<snip>', '[snip]', '...', 'text...', '[ ... ]'].map(isElision), [true, true, true, true, true, false, true]);
    assert.deepStrictEqual([
      'On Wed, Nov 25, 2026 at 05:25:27PM +0000, Name One wrote:',
      'On Mon, Nov 17, 2025 at 9:15 PM Name Two <two@example.org> wrote:',
      'On Fri, 9 Jun 2006, Name Three wrote:',
      '* Name Four <four@example.org> wrote:',
      'Name Five <five@example.org> writes:',
      'Not an attribution'].map(attributionName), ['Name One', 'Name Two', 'Name Three', 'Name Four', 'Name Five', undefined]);
  });

  it('parses subject tags', function () {
    assert.deepStrictEqual(parseSubject('Re: [RFC PATCH v3 2/7] mm: x'), { isReply: true, isPatch: true, rfc: true, version: 3, index: 2, total: 7, tags: [], topic: 'mm: x' });
    assert.deepStrictEqual(parseSubject('[HMM v13 16/18] mm/hmm/migrate: y'), { isReply: false, isPatch: true, rfc: false, version: 13, index: 16, total: 18, tags: ['HMM'], topic: 'mm/hmm/migrate: y' });
    assert.strictEqual(parseSubject('Re: question').isPatch, false);
  });

  it('anchors a rewrapped and a trimmed quoted line fuzzily, line by line', function () {
    const file: PatchFile = { oldName: 'mm/a.c', newName: 'mm/a.c', hunks: [{ oldStart: 10, oldLines: 2, newStart: 10, newLines: 3, mailLine: 1, lines: [
      { kind: ' ', text: '\tint x;', oldLine: 10, newLine: 10, mailLine: 2 },
      { kind: '+', text: '\tif (some_long_condition(page) && another_long_condition(page, flags))', newLine: 11, mailLine: 3 },
      { kind: ' ', text: '\t\treturn -EBUSY;', oldLine: 11, newLine: 12, mailLine: 4 }] }] };
    const r = parseReply(['>  \tint x;', '> +\tif (some_long_condition(page) &&', '> another_long_condition(page, flags))', '', 'Why both?', '', '>  \t\treturn', '', 'Trimmed.'].join('\n'), 1);
    const targets = targetLines([file]);
    const a = anchorQuote(r.blocks[r.comments[0].quote!].lines, targets)!;
    assert.deepStrictEqual(a.lines.map((l) => `${l.quoteMailLine}:${l.side}:${l.line}:${l.exact}`), ['1:new:10:true', '2:new:11:false', '3:new:11:false']);
    const b = anchorQuote(r.blocks[r.comments[1].quote!].lines, targets);
    assert.strictEqual(b, undefined, 'a quote of fewer than 6 characters is too weak to anchor');
    const r2 = parseReply(['>  \t\treturn -EBU', '', 'Trimmed.'].join('\n'), 1);
    const c = anchorQuote(r2.blocks[0].lines, targets)!;
    assert.deepStrictEqual([c.side, c.line, c.exact], ['new', 12, false]);
  });
});
