// The Node FileAccess: paths resolve against the including file's directory; failures are
// short messages naming the path.

import * as assert from 'assert';
import * as path from 'path';
import { NodeFileAccess } from '../../../src/cli/file-access';
import { ROOT } from './helpers';

describe('cli/NodeFileAccess', () => {
  const files = new NodeFileAccess();

  it('resolves relative to the directory of the file, keeps absolute paths', () => {
    assert.strictEqual(files.resolve('/w/examples/a.mmstep.yaml', '../kernel/mm/x.c'), path.resolve('/w/kernel/mm/x.c'));
    assert.strictEqual(files.resolve('/w/examples/a.mmstep.yaml', '/abs/y.c'), path.resolve('/abs/y.c'));
  });

  it('reads text and bytes', async () => {
    const text = await files.readText(path.join(ROOT, 'examples/private-4pages.mmstep.yaml'));
    assert.match(text, /name: private 4 pages/);
    const bytes = await files.readBytes(path.join(ROOT, 'examples/private-4pages.mmstep.yaml'));
    assert.strictEqual(bytes.length, Buffer.byteLength(text));
  });

  it('turns a missing file or a directory into a one-line error naming the path', async () => {
    await assert.rejects(files.readText('/nonexistent/x.c'), { message: 'cannot read /nonexistent/x.c: no such file' });
    await assert.rejects(files.readBytes(ROOT), { message: `cannot read ${ROOT}: is a directory` });
  });
});
