#!/usr/bin/env node
// The results table of docs/selftests.md, from `mmstep selftest --json` output: one row per
// test × variant (number, name, ok / not ok / skip, the reason, what it still needs from the
// model), then the totals and the most common skip reasons.
//
// Why a script: the table in the docs must be what a run printed, not a hand-kept list; after a
// change to the model, regenerate it:
//   node dist/cli.js selftest --kernel-tree ~/.cache/mmstep/kernel-trees/linux-6.12 --json > /tmp/6.12.json
//   node scripts/selftest-table.js /tmp/6.12.json        (or read the JSON from standard input)
// Exit status 2 when the input is not `selftest --json` output.
'use strict';
const fs = require('fs');

function cell(text) {
  return String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

const STATUS = { pass: 'ok', fail: 'not ok', skip: 'skip' };

function table(run) {
  const lines = [];
  const version = run.kernelTree ? `Linux ${run.kernelTree.version}` : run.file;
  const t = run.totals;
  lines.push(`${version}: ${run.results.length} results — ok ${t.pass}, not ok ${t.fail}, skip ${t.skip}.`);
  lines.push('');
  const reasons = new Map();
  for (const r of run.results) if (r.status === 'skip') reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
  if (reasons.size) {
    lines.push('Skip reasons:');
    lines.push('');
    for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) lines.push(`- ${n} × ${reason}`);
    lines.push('');
  }
  // A function every test can reach (open() of any path reaches vfs_open) says nothing about
  // one test: named once above the table instead of in every row.
  const everywhere = new Set((run.results[0]?.needs ?? []).filter((n) => run.results.every((r) => (r.needs ?? []).includes(n))));
  if (everywhere.size && run.results.length > 1) {
    lines.push(`Every test can reach ${[...everywhere].map((n) => `\`${n}\``).join(', ')} (not modelled); the last column lists what else a test can reach that the model lacks.`);
    lines.push('');
  }
  lines.push('| # | test | status | reason | still needs from the model |');
  lines.push('|---|---|---|---|---|');
  for (const r of run.results) {
    const needs = (r.needs ?? []).filter((n) => !everywhere.has(n) || run.results.length === 1).map((n) => `\`${n}\``).join(' ');
    lines.push(`| ${r.index} | \`${cell(r.name)}\` | ${STATUS[r.status] ?? cell(r.status)} | ${cell(r.reason)} | ${needs} |`);
  }
  return lines.join('\n') + '\n';
}

function main(argv) {
  const inputs = argv.length ? argv : ['-'];
  const out = [];
  for (const f of inputs) {
    let run;
    try {
      run = JSON.parse(fs.readFileSync(f === '-' ? 0 : f, 'utf8'));
    } catch (e) {
      process.stderr.write(`selftest-table: ${f === '-' ? 'standard input' : f}: ${e.message}\n`);
      return 2;
    }
    if (!run || !Array.isArray(run.results) || !run.totals) {
      process.stderr.write(`selftest-table: ${f === '-' ? 'standard input' : f} is not \`mmstep selftest --json\` output\n`);
      return 2;
    }
    out.push(table(run));
  }
  process.stdout.write(out.join('\n'));
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
module.exports = { table };
