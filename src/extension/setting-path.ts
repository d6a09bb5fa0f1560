// The path a user writes in a setting (`mmstep.kernelTree`) or a launch.json attribute, made an
// absolute file path the way VS Code users expect: `~` and `${userHome}`, `${workspaceFolder}`
// (and `${workspaceFolder:name}` in a multi-root workspace), `${env:NAME}`; a relative path is
// relative to the workspace folder. VS Code substitutes variables in launch.json itself, but not
// in settings and never `~`. Pure (no `vscode` import) so it is unit-tested in Node.

import * as path from 'path';

export interface PathContext {
  /** The workspace folder of the scenario (or the launch), if any. */
  folder?: string;
  /** Every workspace folder by name, for `${workspaceFolder:name}`. */
  folders?: Record<string, string>;
  home: string;
  env: Record<string, string | undefined>;
}

export type ExpandedPath = { ok: true; path: string } | { ok: false; message: string };

/** Expands `text`; `what` names the setting or attribute in the message of a path that cannot be made. */
export function expandSettingPath(text: string, ctx: PathContext, what: string): ExpandedPath {
  const problems: string[] = [];
  let p = text.trim().replace(/\$\{([^}]*)\}/g, (whole, name: string) => {
    if (name === 'workspaceFolder' || name === 'workspaceRoot') {
      if (ctx.folder !== undefined) return ctx.folder;
      problems.push(`${whole} is used but no workspace folder is open`);
      return whole;
    }
    if (name.startsWith('workspaceFolder:')) {
      const f = ctx.folders?.[name.slice('workspaceFolder:'.length)];
      if (f !== undefined) return f;
      problems.push(`${whole}: no workspace folder of that name is open`);
      return whole;
    }
    if (name === 'userHome') return ctx.home;
    if (name.startsWith('env:')) return ctx.env[name.slice(4)] ?? '';
    problems.push(`${whole} is not a variable mmstep expands here (use \${workspaceFolder}, \${workspaceFolder:name}, \${userHome}, \${env:NAME} or ~)`);
    return whole;
  });
  if (problems.length) return { ok: false, message: `${what}: ${problems.join('; ')}` };
  if (p === '~') p = ctx.home;
  else if (p.startsWith('~/') || p.startsWith('~\\')) p = path.join(ctx.home, p.slice(2));
  if (p === '') return { ok: false, message: `${what} is empty after expanding its variables ('${text}')` };
  if (!path.isAbsolute(p)) {
    if (ctx.folder === undefined) return { ok: false, message: `${what} is the relative path '${text}', and no workspace folder is open to resolve it against` };
    p = path.join(ctx.folder, p);
  }
  return { ok: true, path: path.normalize(p).replace(/(.)[\\/]+$/, '$1') };
}
