// Test helper: real patch series made by `git format-patch` in a temporary repository (cover
// letter, numbered patches, -vN revisions, To/Cc), so reply and range-diff tests read the mail git
// itself writes. Each revision is a branch off `base`; dates are fixed so runs are repeatable.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** One commit: `file` gets `lines` (and each of `more` its lines), with message `msg`. */
export interface Change { file: string; lines: string[]; msg: string; more?: Array<{ file: string; lines: string[] }> }
export interface Author { name: string; email: string }

export class GitSeriesRepo {
  readonly dir: string;
  constructor(readonly author: Author, base: Array<{ file: string; lines: string[] }>) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-reply-'));
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.name', author.name);
    this.git('config', 'user.email', author.email);
    for (const b of base) this.write(b.file, b.lines);
    this.git('add', '-A');
    this.git('commit', '-q', '-m', 'base');
    this.git('branch', 'base');
  }

  /** Remove the repository (tests call it in after()). */
  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  git(...args: string[]): string {
    return this.gitEnv({}, ...args);
  }

  gitEnv(env: Record<string, string>, ...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir, encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: '2026-11-30T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-30T10:00:00Z', GIT_CONFIG_NOSYSTEM: '1', ...env },
    });
  }

  write(file: string, lines: string[]): void {
    fs.mkdirSync(path.dirname(path.join(this.dir, file)), { recursive: true });
    fs.writeFileSync(path.join(this.dir, file), lines.join('\n') + '\n');
  }

  /** Commit the changes on a new branch `v<version>` off base and format them as mails. */
  series(version: number, changes: Change[], opts: { to?: string[]; cc?: string[] } = {}): string[] {
    this.git('checkout', '-q', '-b', `v${version}`, 'base');
    for (const c of changes) {
      for (const w of [c, ...(c.more ?? [])]) {
        this.write(w.file, w.lines);
        this.git('add', w.file);
      }
      this.git('commit', '-q', '-m', c.msg);
    }
    const out = path.join(this.dir, `out-v${version}`);
    // A cover letter's Message-Id is cover.<time>.git.<committer>: each revision gets its own address.
    const [user, host] = this.author.email.split('@');
    this.gitEnv({ GIT_COMMITTER_EMAIL: `${user}+v${version}@${host}` }, 'format-patch', '-q', '--cover-letter', '--thread=shallow',
      ...(version > 1 ? [`-v${version}`] : []), ...(opts.to ?? []).map((t) => `--to=${t}`), ...(opts.cc ?? []).map((c) => `--cc=${c}`), '-o', out, 'base');
    return fs.readdirSync(out).sort().map((f) => fs.readFileSync(path.join(out, f), 'utf8'));
  }

  /** `git range-diff base..v1 base..v2` pairs as [old index, new index] (0 = none), or undefined without range-diff. */
  rangeDiffPairs(from: string, to: string): Array<[number, number, string]> | undefined {
    let text: string;
    try {
      text = this.git('range-diff', '--no-color', `base..${from}`, `base..${to}`);
    } catch {
      return undefined;
    }
    const rows: Array<[number, number, string]> = [];
    for (const l of text.split('\n')) {
      const m = /^\s*(\d+|-):\s+\S+\s+([=!<>])\s+(\d+|-):/.exec(l);
      if (m) rows.push([m[1] === '-' ? 0 : Number(m[1]), m[3] === '-' ? 0 : Number(m[3]), m[2]]);
    }
    return rows;
  }
}

export const messageIdOf = (mail: string) => /^Message-I[dD]: (<[^>]+>)/m.exec(mail)![1];
