// Loading a scenario: parse and validate the YAML, build the initial memory model, load and
// compile its C sources, and start the threads. Every problem becomes a Diagnostic with file,
// line and column (of the scenario or of the C source) and the whole load fails with a
// LoadError listing all of them. Sources and headers are read through the scenario's read
// policy (source-policy.ts): its folder, the workspace, mmstep's kernel/, regular files only.

import { loadProgram } from '../c';
import { getParser } from '../c/parse';
import type { Program } from '../c/ir';
import { printfNatives } from '../c/printf';
import { STRING_NATIVE_NAMES } from '../c/string-natives';
import { dirname, join, resolvePath } from '../c/paths';
import { SimFault, type NativeTable } from '../c/native';
import { createModel } from '../mm/build';
import { createNatives } from '../mm/natives';
import { configureNonPresentHelpers } from '../mm/natives/nonpresent';
import { SpecError } from '../mm/spec';
import { INVARIANTS, setInvariant } from '../mm/invariants';
import type { MmModel } from '../mm/state';
import { parseScenario } from '../scenario/parse';
import { scenarioDiagnostic } from '../scenario/semantic';
import { ambiguousMessage, missingFnMessage, resolveFnName } from './fn-names';
import { didYouMean } from '../scenario/suggest';
import type { Scenario } from '../scenario/types';
import { dottedToPointer, keySpanAt, toPointer } from '../scenario/yaml-doc';
import { SourcePolicy, type PolicyFileAccess } from './source-policy';
import { findKernelTree } from './kernel-tree';
import { LoadError, type Diagnostic, type FileAccess } from './types';
import { expandEnv, processEnv, resolveSource, treeUnits } from './tree-units';
import { userEntry } from './load-user';

export interface Loaded {
  scenario: Scenario;
  model: MmModel;
  program: Program;
  natives: NativeTable;
  warnings: Diagnostic[];
}

/** kernel/include directories implied by the sources (…/kernel/<anything> → …/kernel/include). */
export function includeDirsFor(sources: string[]): string[] {
  const out = new Set<string>();
  for (const s of sources) {
    const parts = s.split('/');
    for (let i = parts.length - 1; i >= 0; i--) {
      if (parts[i] === 'kernel') out.add([...parts.slice(0, i + 1), 'include'].join('/'));
    }
  }
  return [...out];
}

export interface LoadScenarioOptions {
  /** More folders the scenario's sources and headers may come from (a kernel tree's root). */
  roots?: string[];
  /** A kernel tree for `tree:` sources, overriding the scenario's kernel_tree (CLI --kernel-tree). */
  kernelTree?: string;
}

/**
 * The read policy of a scenario (source-policy.ts): its own folder, the folders the FileAccess
 * names (workspace, mmstep's kernel/) and the caller's extra roots.
 */
export function scenarioPolicy(scenarioPath: string, files: FileAccess, opts: LoadScenarioOptions = {}): SourcePolicy {
  const pf = files as PolicyFileAccess;
  return new SourcePolicy(pf, [dirname(scenarioPath), ...(pf.sourceRoots?.() ?? []), ...(opts.roots ?? [])]);
}

export async function loadScenario(scenarioPath: string, files: FileAccess, opts: LoadScenarioOptions = {}): Promise<Loaded> {
  // Start the C parser's WebAssembly compilation now: it proceeds off the main thread while the
  // scenario is validated (loadProgram awaits the same promise).
  getParser().catch(() => undefined);
  let text: string;
  try {
    text = await files.readText(scenarioPath);
  } catch (err) {
    throw new LoadError([{ file: scenarioPath, line: 1, column: 1, severity: 'error', message: `cannot read scenario: ${(err as Error).message}` }]);
  }
  const parsed = parseScenario(scenarioPath, text);
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (!parsed.scenario || errors.length) throw new LoadError(parsed.diagnostics);
  const scenario = parsed.scenario;

  let model: MmModel;
  try {
    model = createModel(scenario.memory);
  } catch (err) {
    if (err instanceof SpecError) {
      const pointer = dottedToPointer(err.path.startsWith('memory') ? err.path : `memory.${err.path}`);
      throw new LoadError([scenarioDiagnostic(scenario, pointer, err.detail)]);
    }
    throw err;
  }

  const base = dirname(scenarioPath);
  // A kernel tree: the caller's (--kernel-tree) or the scenario's kernel_tree, `$VAR`s expanded.
  const treeProblems: Diagnostic[] = [];
  let treeRoot: string | undefined;
  const treeSpec = opts.kernelTree ?? scenario.kernelTree;
  if (treeSpec !== undefined) {
    const missingVars: string[] = [];
    const expanded = expandEnv(treeSpec, processEnv(), missingVars);
    const where = opts.kernelTree !== undefined ? undefined : '/kernel_tree';
    const fail = (message: string): void => {
      treeProblems.push(where ? scenarioDiagnostic(scenario, where, message) : { file: scenarioPath, line: 1, column: 1, severity: 'error', message: `--kernel-tree: ${message}` });
    };
    if (missingVars.length) fail(`environment variable ${missingVars.map((v) => `$${v}`).join(', ')} is not set`);
    else treeRoot = opts.kernelTree !== undefined ? expanded : resolvePath(base, expanded);
    const found = treeRoot ? await findKernelTree(treeRoot, files) : undefined;
    if (treeRoot && (!found || found.relative !== '')) {
      fail(`'${treeRoot}' is not a kernel tree (no top Makefile setting VERSION and PATCHLEVEL${found ? `; it is inside the tree ${found.root}` : ''})`);
      treeRoot = undefined;
    }
  }
  const sources: string[] = [];
  scenario.sources.forEach((entry, i) => {
    const r = resolveSource(entry, base, treeRoot);
    if (r.error) treeProblems.push(scenarioDiagnostic(scenario, `/sources/${i}`, r.error));
    sources.push(r.path ?? entry);
  });
  if (treeProblems.length) throw new LoadError(treeProblems);
  // Files inside a kernel tree (named by tree: or by path): the tree's root becomes readable.
  const found = await treeUnits(sources, files, [], []);
  const treeRoots = [...(treeRoot ? [treeRoot] : []), ...found.trees.map((t) => t.root)];
  const policy = scenarioPolicy(scenarioPath, files, { ...opts, roots: [...(opts.roots ?? []), ...treeRoots] });
  const unreadable: Diagnostic[] = [];
  for (let i = 0; i < sources.length; i++) {
    try {
      await policy.readText(sources[i]);
    } catch (err) {
      unreadable.push(scenarioDiagnostic(scenario, `/sources/${i}`, `cannot read C source '${scenario.sources[i]}': ${(err as Error).message}`));
    }
  }
  if (unreadable.length) throw new LoadError(unreadable);
  const natives: NativeTable = createNatives(model);
  // entry.user_process: the fault path linked in, the process's system calls (load-user.ts).
  const user = userEntry(scenario, model, natives, sources, (files as PolicyFileAccess).sourceRoots?.() ?? []);
  if (user && 'error' in user) throw new LoadError([user.error]);
  if (user) sources.push(...user.sources);
  const includeDirs = [...includeDirsFor(sources), ...(user?.includeDirs ?? [])];
  const unitProblems: Diagnostic[] = [];
  const kernelDirs = [...new Set([...includeDirs.map((d) => dirname(d)), ...((files as PolicyFileAccess).sourceRoots?.() ?? []).flatMap((r) => [r, join(r, 'kernel')])])];
  const { units } = await treeUnits(sources, policy, kernelDirs, unitProblems);
  if (unitProblems.some((d) => d.severity === 'error')) throw new LoadError(unitProblems);
  const result = await loadProgram(sources, {
    reader: { read: (p) => policy.readText(p) },
    includeDirs,
    nativeNames: new Set([...Object.keys(natives), 'printf', 'pr_info', 'pr_err', 'pr_warn', 'pr_debug', 'printk', ...STRING_NATIVE_NAMES]),
    ...(Object.keys(units).length ? { units } : {}),
  });
  result.diagnostics.unshift(...unitProblems);
  if (!result.program) throw new LoadError(policy.explainIncludes(result.diagnostics, includeDirs));
  const program = result.program;

  const missing: Diagnostic[] = [];
  // A scenario's function names are C names: each becomes the program's name (`X@file.c` for
  // a static two units define, when only one unit has an X), so the run finds it.
  const checkFn = (name: string, where: string, elsewhere?: string): string => {
    const r = resolveFnName(program.fnIndex, name);
    if ('name' in r) return r.name;
    if ('ambiguous' in r) missing.push(scenarioDiagnostic(scenario, where, ambiguousMessage(name, r.ambiguous)));
    else if (elsewhere !== undefined) {
      if (elsewhere) missing.push(scenarioDiagnostic(scenario, where, elsewhere));
    } else missing.push(scenarioDiagnostic(scenario, where, missingFnMessage(name, program.fnIndex)));
    return name;
  };
  scenario.entry.function = checkFn(scenario.entry.function, '/entry/function');
  scenario.threads.forEach((t, i) => {
    t.function = checkFn(t.function, `/threads/${i}/function`);
    const st = t.start;
    if (typeof st !== 'object') return;
    if ('afterCall' in st) {
      // A call of a native (a model function) is one too.
      const native = !!natives[st.afterCall] || !!program.natives[st.afterCall];
      st.afterCall = checkFn(st.afterCall, `/threads/${i}/start/after-call`, native ? '' : missingFnMessage(st.afterCall, program.fnIndex, Object.keys(natives), "the scenario's sources or the model").replace('no C function', 'no function'));
      if (st.in !== undefined) st.in = checkFn(st.in, `/threads/${i}/start/in`);
    } else {
      const want = st.atLine.file.replace(/^(\.\.?\/)+/, '');
      const file = Object.keys(program.stmtLines).find((f) => f === resolvePath(base, st.atLine.file) || f.endsWith('/' + want));
      if (!file) {
        const names = [...scenario.sources, ...scenario.sources.map((x) => x.split('/').pop() ?? x)];
        missing.push(scenarioDiagnostic(scenario, `/threads/${i}/start/at-line/file`, `'${st.atLine.file}' is not one of the scenario's C sources${didYouMean(st.atLine.file, names)}`));
      }
      else if (!program.stmtLines[file].includes(st.atLine.line)) {
        missing.push(scenarioDiagnostic(scenario, `/threads/${i}/start/at-line/line`, `no statement starts at line ${st.atLine.line} of ${st.atLine.file}`));
      }
    }
  });
  for (const name of Object.keys(scenario.invariants)) {
    if (!INVARIANTS.some((x) => x.name === name)) {
      // On the key: the name is what is misspelt.
      const span = keySpanAt({ valueSpans: scenario.spans, keySpans: scenario.keySpans, redirects: scenario.redirects }, toPointer(['invariants', name]));
      missing.push({ file: scenario.path, ...span, severity: 'error', message: unknownInvariant(name) });
    }
  }
  (scenario.expect?.violations ?? []).forEach((name, i) => {
    if (!INVARIANTS.some((x) => x.name === name)) missing.push(scenarioDiagnostic(scenario, `/expect/violations/${i}`, unknownInvariant(name)));
  });
  if (missing.length) throw new LoadError(missing);
  for (const [name, on] of Object.entries(scenario.invariants)) setInvariant(model, name, on);
  configureNonPresentHelpers(model, scenario.checks?.nonpresentPteHelpers, found.trees[0]?.version);
  return { scenario, model, program, natives, warnings: result.diagnostics.filter((d) => d.severity === 'warning') };
}

function unknownInvariant(name: string): string {
  const names = INVARIANTS.map((x) => x.name);
  return `unknown invariant '${name}'${didYouMean(name, names) || ` (known: ${names.join(', ')})`}`;
}

/**
 * Natives of the model plus the interpreter's own printf family. The string functions (memcpy,
 * memset, ...) are the machine's own runtime natives (src/c/runtime-natives.ts), which also
 * reach user memory and type an untyped allocation's bytes; they are not replaced here.
 */
export function allNatives(base: NativeTable, mem: () => import('../c/memory').Regions): NativeTable {
  return { ...base, ...printfNatives(mem) };
}

export function argError(scenario: Scenario, where: string, err: unknown): LoadError {
  const msg = err instanceof SimFault ? err.message : String(err);
  return new LoadError([scenarioDiagnostic(scenario, where, msg)]);
}
