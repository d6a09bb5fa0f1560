// Helpers of the user-program tests: run a fixture of test/fixtures/uspace through the `mmstep
// exec` path as the user program of the model's process, and read a pte of the result.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { execProgram, type ExecResult } from '../../../src/sim/exec';
import type { MmModel } from '../../../src/mm/state';
import { pteTableFor, readEntryRaw } from '../../../src/mm/pgtable';
import { decodePte } from '../../../src/mm/pte';

export const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const KERNEL = path.join(ROOT, 'kernel');
export const FIX = path.join(ROOT, 'test', 'fixtures', 'uspace');

export async function runUser(files: string[], extra: Partial<Parameters<typeof execProgram>[1]> = {}): Promise<{ r: ExecResult; model: MmModel }> {
  let model: MmModel | undefined;
  const r = await execProgram(
    files.map((f) => (path.isAbsolute(f) ? f : path.join(FIX, f))),
    {
      read: (p) => fs.promises.readFile(p, 'utf8'),
      stepBudget: 5_000_000,
      ...extra,
      user: { kernelDir: KERNEL, onModel: (m) => (model = m), ...(extra.user ?? {}) },
    },
  );
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  assert.deepStrictEqual(errors, [], 'no compile errors');
  return { r, model: model! };
}

export function pteAt(m: MmModel, pid: number, addr: number): ReturnType<typeof decodePte> {
  const t = pteTableFor(m, pid, addr);
  return decodePte(t ? readEntryRaw(t, (addr / 4096) % 512) : 0n);
}

