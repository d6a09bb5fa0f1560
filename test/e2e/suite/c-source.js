// Reads what the tests need to know about a scenario's C without running it: where the entry
// function is defined, its parameters, and the statements of its body. Plain Node (no vscode), so
// the UI driver can use it too.
'use strict';
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');

/**
 * The definition of the scenario's entry function. A definition starts at column 0 with its type
 * (`int fn(`, `static void fn(`), unlike comments (` * fn()`) and calls (indented).
 */
function entryDefinition(scenario) {
  const sc = YAML.parse(fs.readFileSync(scenario, 'utf8'));
  const fn = sc.entry.function;
  const head = new RegExp(`^[A-Za-z_][\\w\\s*]*\\b${fn}\\s*\\(`);
  for (const rel of sc.sources) {
    const file = path.resolve(path.dirname(scenario), rel);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!head.test(lines[i])) continue;
      const rest = lines.slice(i).join('\n');
      const close = rest.indexOf(')');
      if (!/^\)\s*\{/.test(rest.slice(close))) continue;   // a prototype, not the definition
      const params = rest.slice(rest.indexOf('(') + 1, close).split(',')
        .map(p => (p.match(/(\w+)\s*(\[\s*\])?\s*$/) || [])[1]).filter(n => n && n !== 'void');
      let end = i;
      while (end < lines.length && !/^}/.test(lines[end])) end++;
      return { fn, file, line: i + 1, endLine: end + 1, params, lines, scenario: sc };
    }
  }
  throw new Error(`entry function ${fn} is not defined in ${sc.sources.join(', ')}`);
}

/** The first plain call statement `f(...);` in the entry function's body: { line, text }. */
function firstCallInEntry(def) {
  for (let i = def.line; i < def.endLine - 1; i++) {
    if (/^\s+[a-z_]\w*\(.*\);\s*$/.test(def.lines[i])) return { line: i + 1, text: def.lines[i].trim() };
  }
  throw new Error(`no call statement in ${def.fn} (${def.file}:${def.line})`);
}

module.exports = { entryDefinition, firstCallInEntry };
