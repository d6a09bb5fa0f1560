// Text scans of mmstep's C sources shared by the header tests: list the files of a tree, strip
// comments, and name the functions a .c file defines (definitions start in column 0).

import * as fs from 'fs';
import * as path from 'path';

export function files(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p, ext));
    else if (e.name.endsWith(ext)) out.push(p);
  }
  return out;
}

export function stripComments(s: string): string {
  return s.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/.*$/gm, ' ');
}

/** Names of functions defined in a .c file. */
export function definitions(text: string): string[] {
  const names: string[] = [];
  for (const line of stripComments(text).split('\n')) {
    if (!/^[A-Za-z]/.test(line) || line.trimEnd().endsWith(';')) continue;
    const mt = /\b(\w+)\(/.exec(line);
    if (mt) names.push(mt[1]);
  }
  return names;
}
