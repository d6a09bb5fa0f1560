// Scenario load benchmark (issue 8, translation units): cold and warm time of loadScenario() —
// read, preprocess every translation unit, parse, compile, link — for the scenarios named (the
// demo by default). "warm" reloads with the compiled-program cache (a restart of the same
// scenario); "warm, recompiled" clears that cache first (an edit), keeping the parser and the
// preprocessor's header caches. Prints numbers next to the 150 ms warm target; never fails.
//
//   npx tsc -p . && node out/bench/load/run.js [SCENARIO.mmstep.yaml ...]

import * as path from 'path';
import { clearProgramCache } from '../../src/c';
import { NodeFileAccess } from '../../src/cli/file-access';
import { loadScenario } from '../../src/sim/load';

const TARGET_MS = 150;
const root = path.resolve(__dirname, '..', '..', '..');

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function once(file: string, files: NodeFileAccess): Promise<number> {
  const t0 = process.hrtime.bigint();
  await loadScenario(file, files);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const scenarios = args.length ? args.map((a) => path.resolve(a)) : [path.join(root, 'examples', 'private-4pages.mmstep.yaml')];
  const files = new NodeFileAccess();
  for (const s of scenarios) {
    const cold = await once(s, files);
    const warm: number[] = [];
    for (let i = 0; i < 10; i++) warm.push(await once(s, files));
    const recompiled: number[] = [];
    for (let i = 0; i < 10; i++) {
      clearProgramCache();
      recompiled.push(await once(s, files));
    }
    const w = median(warm);
    const r = median(recompiled);
    const verdict = (ms: number): string => (ms <= TARGET_MS ? `within ${TARGET_MS} ms` : `OVER ${TARGET_MS} ms`);
    console.log(
      `${path.relative(root, s).padEnd(48)} cold ${cold.toFixed(1).padStart(7)} ms  warm ${w.toFixed(1).padStart(7)} ms (${verdict(w)})  warm, recompiled ${r.toFixed(1).padStart(7)} ms (${verdict(r)})`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
