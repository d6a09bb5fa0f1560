// The drafts file of a review set (src/extension/review/draft-files.ts, no VS Code API inside):
// saved atomically (no temp file left, the previous content replaced whole), read back equal, a
// missing file is no drafts, a corrupt one is reported and moved aside with its bytes intact —
// never deleted — and a partly malformed one keeps its good threads and a copy of itself.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DraftFiles } from '../../../src/extension/review/draft-files';
import { addThread, addTrailer, draftsKey, emptyDrafts } from '../../../src/review/drafts';

describe('review drafts file: atomic save, load, corrupt file moved aside', () => {
  let dir: string;
  const mails = ['/m/series.mbox'];
  const key = draftsKey(mails);
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-drafts-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a missing file is an empty store for the set, no problem', async () => {
    const f = new DraftFiles(path.join(dir, 'review-drafts'));
    const r = await f.load(key, mails);
    assert.strictEqual(r.problem, undefined);
    assert.deepStrictEqual(r.store, { ...emptyDrafts(), mails });
  });

  it('saves into a directory it creates, leaves no temp file, and reads back what it saved', async () => {
    const f = new DraftFiles(path.join(dir, 'review-drafts'));
    const s = { ...emptyDrafts(), mails };
    addThread(s, '<p1@x>', { kind: 'line', file: 'mm/a.c', side: 'new', line: 3 }, 'why?', '2026-12-02T03:00:00.000Z');
    addTrailer(s, '<p1@x>', 'Acked-by: A <a@x>');
    const file = await f.save(key, s);
    assert.strictEqual(file, path.join(dir, 'review-drafts', `${key}.json`));
    assert.deepStrictEqual(fs.readdirSync(path.dirname(file)), [`${key}.json`]);
    addThread(s, '<p1@x>', { kind: 'patch' }, 'second', '2026-12-02T03:01:00.000Z');
    await f.save(key, s);
    assert.deepStrictEqual(fs.readdirSync(path.dirname(file)), [`${key}.json`]);
    const back = await f.load(key, mails);
    assert.strictEqual(back.problem, undefined);
    assert.deepStrictEqual(back.store.threads.map((t) => t.comments[0].body), ['why?', 'second']);
    assert.deepStrictEqual({ ...back.store.trailers }, { '<p1@x>': ['Acked-by: A <a@x>'] });
  });

  it('a corrupt file is reported and moved aside with its content, and the set starts with no drafts', async () => {
    const f = new DraftFiles(dir);
    fs.writeFileSync(f.fileOf(key), '{"version": 1, "threads": [');
    const r = await f.load(key, mails);
    assert.deepStrictEqual(r.store.threads, []);
    assert.match(r.problem!, /not JSON.*moved aside to /);
    const aside = fs.readdirSync(dir).filter((n) => n.startsWith(`${key}.json.corrupt-`));
    assert.strictEqual(aside.length, 1);
    assert.strictEqual(fs.readFileSync(path.join(dir, aside[0]), 'utf8'), '{"version": 1, "threads": [');
    assert.ok(!fs.existsSync(f.fileOf(key)));
  });

  it('a file with some malformed threads keeps the good ones and says how many were skipped', async () => {
    const f = new DraftFiles(dir);
    fs.writeFileSync(f.fileOf(key), JSON.stringify({ version: 1, threads: [
      { id: 't1', patch: '<p@x>', target: { kind: 'patch' }, comments: [{ id: 'c1', body: 'ok', created: 'x', evidence: [] }], resolved: false },
      { id: 't2', patch: '<p@x>', target: { kind: 'elsewhere' }, comments: [] },
    ], trailers: {} }));
    const r = await f.load(key, mails);
    assert.deepStrictEqual(r.store.threads.map((t) => t.id), ['t1']);
    assert.match(r.problem!, /1 malformed draft thread.*kept as /);
    assert.ok(fs.existsSync(f.fileOf(key)), 'not moved: it still holds drafts');
    const copy = fs.readdirSync(dir).filter((n) => n.startsWith(`${key}.json.corrupt-`));
    assert.strictEqual(copy.length, 1, 'a copy as it was, since the next save drops the bad thread');
    assert.strictEqual(fs.readFileSync(path.join(dir, copy[0]), 'utf8'), fs.readFileSync(f.fileOf(key), 'utf8'));
  });
});
