// Malformed mail gets a diagnostic with the mail's file:line:col and never a throw: a truncated
// patch or header block, text that does not decode in its charset, hunks whose counts lie, a
// binary attachment.
import * as assert from 'assert';
import { openMail } from '../../../src/review/thread';
import type { Diagnostic } from '../../../src/review/types';

const HEAD = 'From: Alice <alice@example.org>\nSubject: [PATCH] mm: fix\nMessage-ID: <p@x>\n';
const PATCH = [
  'Fix the step.', '', 'Signed-off-by: Alice <alice@example.org>', '---', ' mm/m.c | 2 +-', '',
  'diff --git a/mm/m.c b/mm/m.c', '--- a/mm/m.c', '+++ b/mm/m.c',
  '@@ -1,3 +1,3 @@', ' a', '-b', '+c', ' d', '-- ', '2.43.0', ''];

const show = (d: Diagnostic[]) => d.map((x) => `${x.file}:${x.line}:${x.column} ${x.severity}: ${x.message}`);

describe('review: malformed mail', function () {
  it('reads the well-formed patch without diagnostics (the baseline the others break)', async function () {
    const t = await openMail([{ file: 'ok.eml', text: HEAD + '\n' + PATCH.join('\n') }]);
    assert.deepStrictEqual(show(t.diagnostics), []);
    assert.deepStrictEqual(t.series[0].patches[0].body.files[0].hunks[0].lines.map((l) => l.mailLine), [15, 16, 17, 18]);
  });

  it('a patch truncated inside a hunk', async function () {
    const t = await openMail([{ file: 'cut.eml', text: HEAD + '\n' + PATCH.slice(0, 12).join('\n') }]);
    assert.deepStrictEqual(show(t.diagnostics), ['cut.eml:14:4 error: hunk says -3 +3 lines but has only -2 +1 before the patch ends (truncated?)']);
    assert.deepStrictEqual(t.series[0].patches[0].body.files, []);
    assert.deepStrictEqual(t.series[0].patches[0].body.commitMessage, ['Fix the step.', '', 'Signed-off-by: Alice <alice@example.org>']);
  });

  it('a header block with no end', async function () {
    const t = await openMail([{ file: 'hdr.eml', text: 'From: Alice <alice@example.org>\nSubject: [PATCH] mm: fix' }]);
    assert.deepStrictEqual(show(t.diagnostics).slice(0, 2), [
      'hdr.eml:1:1 error: truncated mail: the header block has no end (no blank line before a body)',
      'hdr.eml:1:1 warning: mail has no Message-ID header']);
  });

  it('hunks whose counts lie, both ways', async function () {
    const fewer = PATCH.map((l) => (l === '@@ -1,3 +1,3 @@' ? '@@ -1,4 +1,3 @@' : l));
    const t1 = await openMail([{ file: 'few.eml', text: HEAD + '\n' + fewer.join('\n') }]);
    assert.deepStrictEqual(show(t1.diagnostics), ["few.eml:14:4 error: hunk says -4 +3 lines but has only -3 +3 before the patch ends (truncated?)"]);
    const more = PATCH.map((l) => (l === '@@ -1,3 +1,3 @@' ? '@@ -1,2 +1,2 @@' : l));
    const t2 = await openMail([{ file: 'more.eml', text: HEAD + '\n' + more.join('\n') }]);
    assert.deepStrictEqual(show(t2.diagnostics), ['more.eml:14:4 error: hunk says -2 +2 lines but more diff lines follow it (line 18); its counts lie']);
  });

  it('text that does not decode in its declared charset', async function () {
    const text = 'From: Bob <bob@example.org>\nSubject: Re: [PATCH] mm: fix\nMessage-ID: <r@x>\nIn-Reply-To: <p@x>\n' +
      'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n' + Buffer.from([0x4f, 0x4b, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]).toString('base64') + '\n';
    const t = await openMail([{ file: 'cs.eml', text }]);
    assert.deepStrictEqual(show(t.diagnostics), ['cs.eml:9:4 warning: text that does not decode in the declared charset (shown as U+FFFD); check the Content-Type charset']);
  });

  it('a binary attachment', async function () {
    const text = HEAD + 'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b1"\n\n--b1\nContent-Type: text/plain; charset=utf-8\n\n' +
      PATCH.join('\n') + '\n--b1\nContent-Type: application/octet-stream; name="blob.bin"\nContent-Disposition: attachment; filename="blob.bin"\nContent-Transfer-Encoding: base64\n\nAAECAwQ=\n--b1--\n';
    const t = await openMail([{ file: 'att.eml', text }]);
    assert.deepStrictEqual(show(t.diagnostics), ["att.eml:1:1 warning: attachment 'blob.bin' (application/octet-stream) is not reviewed: patches are read from the plain-text body"]);
    assert.strictEqual(t.series[0].patches[0].body.files[0].hunks[0].lines.length, 4);
  });

  it('a mail saved from a web archive, page text above its headers', async function () {
    const t = await openMail([{ file: 'page.txt', text: 'archive  lists  /  linux-mm\n[<prev] [next>]\n' + HEAD + '\n' + PATCH.join('\n') }]);
    assert.deepStrictEqual(show(t.diagnostics), ["page.txt:1:1 warning: the mail's headers start at line 3; the 2 line(s) above are no mail (a web archive page?) and are skipped"]);
    assert.strictEqual(t.messages[0].line, 3);
    assert.deepStrictEqual(t.series[0].patches[0].body.files[0].hunks[0].lines.map((l) => l.mailLine), [17, 18, 19, 20]);
  });

  it('text that is no mail at all', async function () {
    const t = await openMail([{ file: 'junk.txt', text: 'hello world\n' }]);
    assert.deepStrictEqual(show(t.diagnostics), ["junk.txt:1:1 error: not a mail header: 'hello world'"]);
  });
});
