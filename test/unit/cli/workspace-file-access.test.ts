// The extension's FileAccess (src/extension/file-access.ts) over a stand-in for the `vscode`
// module backed by the real disk, as VS Code's disk provider reports it: stat before every read
// (only a File, at most 4 MiB: a FIFO would block the extension host), and what the scenario read
// policy needs — real paths of links, the workspace folders and mmstep's kernel/.

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SourcePolicy } from '../../../src/sim/source-policy';

const FileType = { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 };

class FileSystemError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

let folders: { uri: { scheme: string; fsPath: string; toString(): string } }[] = [];
const reads: string[] = [];

const fakeVscode = {
  FileType,
  FileSystemError,
  Uri: {
    file: (p: string) => ({ scheme: 'file', fsPath: p, path: p, toString: () => 'file://' + p }),
    parse: (s: string) => ({ scheme: s.split(':')[0], fsPath: s, path: s, toString: () => s }),
  },
  workspace: {
    get workspaceFolders() {
      return folders;
    },
    fs: {
      // Like VS Code's DiskFileSystemProvider: links followed, flagged with SymbolicLink.
      async stat(uri: { fsPath: string }) {
        let l: fs.Stats;
        try {
          l = fs.lstatSync(uri.fsPath);
        } catch {
          throw new FileSystemError('EntryNotFound (FileSystemError)', 'FileNotFound');
        }
        const st = l.isSymbolicLink() ? fs.statSync(uri.fsPath) : l;
        const type = (st.isFile() ? FileType.File : st.isDirectory() ? FileType.Directory : FileType.Unknown) | (l.isSymbolicLink() ? FileType.SymbolicLink : 0);
        return { type, size: st.size, ctime: 0, mtime: 0 };
      },
      async readFile(uri: { fsPath: string }) {
        reads.push(uri.fsPath);
        return new Uint8Array(fs.readFileSync(uri.fsPath));
      },
    },
  },
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const Module = require('module') as { _resolveFilename: (request: string, ...rest: unknown[]) => string };

function loadWithFakeVscode(): typeof import('../../../src/extension/file-access') {
  const original = Module._resolveFilename;
  const id = path.join(os.tmpdir(), 'mmstep-fake-vscode.js');
  require.cache[id] = { id, filename: id, loaded: true, exports: fakeVscode } as unknown as NodeJS.Module;
  Module._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? id : original.call(this, request, ...rest);
  };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('../../../src/extension/file-access');
  } finally {
    Module._resolveFilename = original;
  }
}

describe('extension/WorkspaceFileAccess (vscode.workspace.fs stand-in)', () => {
  let ws: string;
  let files: InstanceType<ReturnType<typeof loadWithFakeVscode>['WorkspaceFileAccess']>;
  before(function () {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'mmstep-wfa-'));
    try {
      execFileSync('mkfifo', [path.join(ws, 'pipe.h')]);
    } catch {
      this.skip();
    }
    fs.writeFileSync(path.join(ws, 'a.c'), 'int f(void) { return 0; }\n');
    fs.writeFileSync(path.join(ws, 'big.h'), Buffer.alloc(5 << 20, 0x20));
    fs.symlinkSync('/etc/passwd', path.join(ws, 'passwd.h'));
    folders = [{ uri: { scheme: 'file', fsPath: ws, toString: () => 'file://' + ws } }];
    files = new (loadWithFakeVscode().WorkspaceFileAccess)();
  });
  after(() => fs.rmSync(ws, { recursive: true, force: true }));

  it('reads a regular file; refuses a FIFO, a device, a directory and a file over 4 MiB without reading it', async () => {
    assert.match(await files.readText(path.join(ws, 'a.c')), /int f/);
    reads.length = 0;
    await assert.rejects(files.readText(path.join(ws, 'pipe.h')), /pipe\.h: is not a regular file/);
    await assert.rejects(files.readText('/dev/zero'), /cannot read \/dev\/zero: is not a regular file/);
    await assert.rejects(files.readText(ws), /is a directory/);
    await assert.rejects(files.readText(path.join(ws, 'big.h')), /5,242,880 bytes, more than the limit of 4,194,304/);
    await assert.rejects(files.readText(path.join(ws, 'nope.c')), /nope\.c: file not found/);
    assert.deepStrictEqual(reads, [], 'nothing refused was opened');
  });

  it('gives the read policy the workspace folders, mmstep\'s kernel/ and the real path of links', async () => {
    const roots = files.sourceRoots();
    assert.strictEqual(roots[0], ws);
    assert.ok(roots.some((r) => r.endsWith(`${path.sep}kernel`) && fs.existsSync(path.join(r, 'include'))), roots.join(', '));
    assert.deepStrictEqual(await files.inspect(path.join(ws, 'passwd.h')), { kind: 'file', size: fs.statSync('/etc/passwd').size, real: '/etc/passwd' });
    const policy = new SourcePolicy(files, files.sourceRoots());
    await assert.rejects(policy.readText(path.join(ws, 'passwd.h')), /passwd\.h is a symbolic link to \/etc\/passwd, which is outside/);
    await assert.rejects(policy.readText(path.join(ws, 'pipe.h')), /pipe\.h is not a regular file; only regular files can be read/);
    assert.match(await policy.readText(path.join(ws, 'a.c')), /int f/);
  });
});
