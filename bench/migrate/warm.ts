// Repeated runs of one migration in one process, for profiles and instruction counts:
//
//   node out/bench/migrate/warm.js [pages=512] [runs=2]
//
// Prints each run's wall time and CPU time (the first is cold: the JIT and compiled C are fresh). Under
// `valgrind --tool=callgrind`, the difference between two counts with different `runs` is the
// instructions of the extra warm runs alone, independent of the machine's load.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { NodeFileAccess } from '../../src/cli/file-access';
import { populateAnonRange } from '../../src/mm/index';
import { Simulation } from '../../src/sim/simulation';
import { MIGRATE_ADDR, scenario } from './scenario';

async function main(): Promise<void> {
  const npages = Number(process.argv[2] ?? 512);
  const runs = Number(process.argv[3] ?? 2);
  const file = path.join(os.tmpdir(), `mmstep-warm-${process.pid}.mmstep.yaml`);
  fs.writeFileSync(file, scenario(npages));
  const times: number[] = [];
  // CPU time of the process (the JIT's compiler threads too): less dependent on other processes.
  const cpu: number[] = [];
  try {
    for (let k = 0; k < runs; k++) {
      const sim = await Simulation.load(file, new NodeFileAccess(), {}, { stepBudget: 1e12 });
      populateAnonRange(sim.model, 1, MIGRATE_ADDR, npages);
      const t0 = process.hrtime.bigint();
      const c0 = process.cpuUsage();
      const r = sim.runToEnd();
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      const c = process.cpuUsage(c0);
      // The run's window on the monotonic clock in µs (a --cpu-prof profile's timestamps).
      if (process.env.MMSTEP_WARM_MARK) console.log(`run ${k} window ${t0 / 1000n} ${process.hrtime.bigint() / 1000n}`);
      cpu.push((c.user + c.system) / 1000);
      if (!r.passed) throw new Error(`run ${k}: outcome ${r.outcome}, returned ${r.returned}`);
    }
  } finally {
    fs.unlinkSync(file);
  }
  console.log(`${npages} pages, run ms: ${times.map((t) => t.toFixed(1)).join(' ')}; cpu ms: ${cpu.map((t) => t.toFixed(1)).join(' ')}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
