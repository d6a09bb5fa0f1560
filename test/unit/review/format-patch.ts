// Test helper: a real `git format-patch` series made in a temp repository from file texts given
// by the test (a base commit, then one commit per patch), so the run-the-patch tests read mail
// exactly as git writes it. Nothing is written outside the temp folder.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface PatchCommit {
  subject: string;
  /** path → new text; null deletes the file. */
  files: Record<string, string | null>;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test Author',
      GIT_AUTHOR_EMAIL: 'author@example.org',
      GIT_COMMITTER_NAME: 'Test Author',
      GIT_COMMITTER_EMAIL: 'author@example.org',
      GIT_AUTHOR_DATE: '2026-11-30T10:00:00Z',
      GIT_COMMITTER_DATE: '2026-11-30T10:00:00Z',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: dir,
    },
  });
}

function write(dir: string, files: Record<string, string | null>): void {
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(dir, rel);
    if (text === null) {
      git(dir, 'rm', '-q', rel);
      continue;
    }
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
    git(dir, 'add', rel);
  }
}

/**
 * The format-patch files (one per commit, numbered as git numbers them) of `commits` on top of
 * `base`, in a fresh temp folder; `cover` adds a cover letter.
 */
export function formatPatchSeries(base: Record<string, string>, commits: PatchCommit[], opts: { cover?: boolean } = {}): { dir: string; patches: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-patch-'));
  const repo = path.join(dir, 'repo');
  fs.mkdirSync(repo);
  git(repo, 'init', '-q', '-b', 'main');
  write(repo, base);
  git(repo, 'commit', '-q', '-m', 'base');
  git(repo, 'tag', 'base');
  for (const c of commits) {
    write(repo, c.files);
    git(repo, 'commit', '-q', '-m', c.subject);
  }
  const out = path.join(dir, 'out');
  git(repo, 'format-patch', '-q', ...(opts.cover ? ['--cover-letter'] : []), '--thread=shallow', '-o', out, 'base');
  const patches = fs.readdirSync(out).sort().map((f) => path.join(out, f));
  return { dir, patches };
}

/** Remove a folder formatPatchSeries made. */
export function removeSeries(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
