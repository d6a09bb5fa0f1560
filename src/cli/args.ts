// Command-line parsing for `mmstep`: a command word, its positional arguments and flags.
// Hand-written (no dependency): the grammar is tiny and errors must be friendly.

export type Command = 'run' | 'check' | 'lint' | 'exec' | 'review' | 'selftest' | 'schema' | 'help' | 'version';

export interface CliArgs {
  command: Command;
  files: string[];
  json: boolean;
  trace: boolean;
  quiet: boolean;
  /** lint --stdin: the scenario's text comes from standard input (an editor's unsaved text). */
  stdin?: boolean;
  /** --kernel-tree PATH: the kernel tree for `tree:` sources (overrides the scenario's kernel_tree). */
  kernelTree?: string;
  /** --patch MAIL[#N|#<message-id>] (repeatable: mail files read together): run the patched files. */
  patch?: string[];
  /** --patch-base NAME: compile the definitions the patch adds against that header set (no tree has its base). */
  patchBase?: string;
  /** review --reply PATCH: print the reply to that patch (index, vN/M or Message-ID). */
  reply?: string;
  /** review --drafts FILE.json: the draft store the reply is written from. */
  drafts?: string;
  /** review --from "Name <mail>": the reviewer (default: git config user.name/user.email). */
  from?: string;
  /** review --out FILE.eml: also write the reply there. */
  out?: string;
  /** review --range-diff v1..v2: print what changed between two revisions. */
  rangeDiff?: string;
  /** --step-budget N: statements a scenario run (run, check) or each selftest may run. */
  stepBudget?: number;
  /** selftest --nr-hugepages N: the hugetlb pool each test's machine boots with. */
  nrHugepages?: number;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `usage: mmstep <command> [options]

Commands:
  run SCENARIO [--json] [--trace] [--quiet]
        Run a scenario (*.mmstep.yaml) to the end. Prints each migration stage as it is
        entered, printf output, the final page / PTE state, the result and the verdict.
          --json   print one JSON object (result, final state view, stages) instead
          --trace  also print every executed statement (thread, function, file:line)
          --quiet  print only the result and the verdict
          --kernel-tree PATH  the kernel tree whose files the scenario's tree: sources name
                   (overrides its kernel_tree); also for check
          --patch MAIL[#N|#<message-id>]  apply patch N (or the one with that Message-ID) of
                   the mail, after the patches before it in its series, in memory to the
                   kernel tree's or kernel/'s files and run the patched code; repeat to read
                   several mail files together; also for check
          --patch-base NAME  the patch's base is in no tree (e.g. HMM v13 on the unmerged
                   HMM series): compile the definitions it adds against the header set NAME
                   (hmm-2016) as kernel/patch/NAME.c, which the scenario lists
          --step-budget N  statements before the run stops as a runaway (default
                   2000000); also for check
  check SCENARIO... [--json]
        Run each scenario and check its expectations. Exit status 0 if all pass,
        1 if any fails, 2 if any cannot be loaded.
  lint SCENARIO [--json] [--stdin] [--kernel-tree PATH]
        Load a scenario without running it (YAML, schema, checks, its C sources) and print
        its problems as file:line:col. Exit status 0 if it loads, 2 if not.
          --stdin  read the scenario's text from standard input (its path still names
                   where its sources are found)
  exec FILE.c [MORE.c ...] [--json]
        Run a plain C program's main() in the interpreter (the model's kernel functions
        available, printf to stdout). Exit status: main's return value; 70 on a run-time
        fault (shown as file:line:col), 2 if the program cannot be loaded.
  review FILE... [--json] [--reply PATCH [--drafts F.json] [--from ID] [--out F.eml]]
                 [--range-diff v1..v2]
        Read patch mail (mbox, .eml, git format-patch file or directory) and print the
        series, patches with trailers, and replies with each comment on the patch line it
        quotes. Exit status 1 if the mail has errors (shown as file:line:col).
          --reply PATCH  print the reply to PATCH as a full mail instead (PATCH: 2 = patch 2
                   of the newest revision, 0 its cover letter, v1/2 = patch 2 of v1, 2/3 as
                   in [PATCH 2/3], or a Message-ID):
                   attribution, the commented lines quoted and trimmed with [...], the
                   comments below them, evidence, trailers, reply-all threading headers
          --drafts FILE.json  the review drafts (comments, evidence, trailers) to reply with
          --from "Name <mail>"  the reviewer; default git config user.name and user.email
          --out FILE.eml  also write the reply there, for git send-email or a mail client
                   (never over an opened mail file; mmstep sends nothing)
          --range-diff v1..v2  print what changed between two revisions, patch by patch
  selftest (--kernel-tree PATH | FILE.c) [TEST...] [--json] [--step-budget N] [--nr-hugepages N]
        Run a kselftest-style C file test by test, each in a fresh model, and print TAP as
        the kernel's harness does. With --kernel-tree: the tree's own hmm-tests.c
        (selftests/vm before 6.3, selftests/mm after); FILE.c: any file written against
        kselftest_harness.h. TEST: a test, fixture, fixture.variant or full name (default:
        all). A test calling a function the model does not have is a SKIP naming it.
        Exit status 0 if every test is ok or skipped, 1 if any is not ok, 2 if the file
        cannot be loaded (errors shown as file:line:col).
          --step-budget N  statements each test may run (default 200000000)
          --nr-hugepages N  the hugetlb pool each test's machine has, in 2 MiB pages
                   (default 128 = 256 MiB, what run_vmtests.sh reserves; 0: none)
  schema
        Print the JSON Schema of scenario files.
  help, --help, -h
        Show this help.
  --version
        Show the version.

Exit status: 0 success / all expectations hold, 1 an expectation failed,
2 a scenario or its C sources could not be loaded (errors shown as file:line:col).
`;

const FLAGS: Record<Command, string[]> = {
  run: ['--json', '--trace', '--quiet', '--kernel-tree', '--patch', '--patch-base', '--step-budget'],
  check: ['--json', '--kernel-tree', '--patch', '--patch-base', '--step-budget'],
  lint: ['--json', '--stdin', '--kernel-tree'],
  exec: ['--json'],
  review: ['--json', '--reply', '--drafts', '--from', '--out', '--range-diff'],
  selftest: ['--json', '--kernel-tree', '--step-budget', '--nr-hugepages'],
  schema: [],
  help: [],
  version: [],
};

/** Options of `review` that take a value: the CliArgs field and what the value is. */
const REVIEW_VALUES: Record<string, ['reply' | 'drafts' | 'from' | 'out' | 'rangeDiff', string]> = {
  '--reply': ['reply', 'a patch: 2, v2/3, 2/3 or a Message-ID'],
  '--drafts': ['drafts', 'a drafts .json file'],
  '--from': ['from', '"Name <mail>"'],
  '--out': ['out', 'an .eml file to write'],
  '--range-diff': ['rangeDiff', 'two revisions: v1..v2'],
};

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: 'help', files: [], json: false, trace: false, quiet: false };
  const rest = [...argv];
  if (rest.length === 0) throw new UsageError('no command given');
  const first = rest.shift()!;
  if (first === '--help' || first === '-h' || first === 'help') return args;
  if (first === '--version' || first === '-V' || first === 'version') return { ...args, command: 'version' };
  if (!(first in FLAGS) || first === 'help' || first === 'version') {
    throw new UsageError(first.startsWith('-') ? `unknown option ${first} (a command comes first)` : `unknown command "${first}"`);
  }
  args.command = first as Command;
  let onlyFiles = false;
  for (let i = 0; i < rest.length; i++) {
    let a = rest[i];
    if (!onlyFiles && (a === '--kernel-tree' || a.startsWith('--kernel-tree='))) {
      if (!FLAGS[args.command].includes('--kernel-tree')) throw new UsageError(`unknown option --kernel-tree for "${args.command}"`);
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (!value) throw new UsageError('--kernel-tree needs a path');
      if (args.kernelTree !== undefined) throw new UsageError('--kernel-tree given twice');
      args.kernelTree = value;
      continue;
    }
    if (!onlyFiles && (a === '--patch' || a.startsWith('--patch='))) {
      if (!FLAGS[args.command].includes('--patch')) throw new UsageError(`unknown option --patch for "${args.command}"`);
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (!value) throw new UsageError('--patch needs a mail file (MAIL, MAIL#N or MAIL#<message-id>)');
      (args.patch ??= []).push(value);
      continue;
    }
    if (!onlyFiles && (a === '--patch-base' || a.startsWith('--patch-base='))) {
      if (!FLAGS[args.command].includes('--patch-base')) throw new UsageError(`unknown option --patch-base for "${args.command}"`);
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (!value) throw new UsageError('--patch-base needs a header set name (hmm-2016)');
      if (args.patchBase !== undefined) throw new UsageError('--patch-base given twice');
      args.patchBase = value;
      continue;
    }
    if (!onlyFiles && (a === '--step-budget' || a.startsWith('--step-budget='))) {
      if (!FLAGS[args.command].includes('--step-budget')) throw new UsageError(`unknown option --step-budget for "${args.command}"`);
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (value === undefined || !/^[1-9][0-9]*$/.test(value) || !Number.isSafeInteger(Number(value))) throw new UsageError('--step-budget needs a positive whole number of statements');
      if (args.stepBudget !== undefined) throw new UsageError('--step-budget given twice');
      args.stepBudget = Number(value);
      continue;
    }
    if (!onlyFiles && (a === '--nr-hugepages' || a.startsWith('--nr-hugepages='))) {
      if (!FLAGS[args.command].includes('--nr-hugepages')) throw new UsageError(`unknown option --nr-hugepages for "${args.command}"`);
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (value === undefined || !/^(0|[1-9][0-9]{0,5})$/.test(value)) throw new UsageError('--nr-hugepages needs a whole number of 2 MiB pages (0 to 999999)');
      if (args.nrHugepages !== undefined) throw new UsageError('--nr-hugepages given twice');
      args.nrHugepages = Number(value);
      continue;
    }
    const flag = a.split('=')[0];
    const valued = flag.startsWith('--') && Object.prototype.hasOwnProperty.call(REVIEW_VALUES, flag) ? REVIEW_VALUES[flag] : undefined;
    if (!onlyFiles && valued) {
      if (!FLAGS[args.command].includes(flag)) throw new UsageError(`unknown option ${flag} for "${args.command}"`);
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (!value || (!a.includes('=') && value.startsWith('--'))) throw new UsageError(`${flag} needs a value (${valued[1]})`);
      if (args[valued[0]] !== undefined) throw new UsageError(`${flag} given twice`);
      args[valued[0]] = value;
      continue;
    }
    a = rest[i];
    if (!onlyFiles && a === '--') {
      onlyFiles = true;
    } else if (!onlyFiles && (a === '--help' || a === '-h')) {
      return { ...args, command: 'help' };
    } else if (!onlyFiles && a.startsWith('-')) {
      if (!FLAGS[args.command].includes(a)) throw new UsageError(`unknown option ${a} for "${args.command}"`);
      if (a === '--json') args.json = true;
      if (a === '--trace') args.trace = true;
      if (a === '--quiet') args.quiet = true;
      if (a === '--stdin') args.stdin = true;
    } else {
      args.files.push(a);
    }
  }
  if (args.command === 'run' && args.files.length !== 1) {
    throw new UsageError(args.files.length === 0 ? 'run needs a scenario file' : 'run takes exactly one scenario file (use check for several)');
  }
  if (args.command === 'lint' && args.files.length !== 1) throw new UsageError('lint takes exactly one scenario file');
  if (args.command === 'check' && args.files.length === 0) throw new UsageError('check needs at least one scenario file');
  if (args.command === 'schema' && args.files.length) throw new UsageError('schema takes no arguments');
  if (args.command === 'review' && args.files.length === 0) throw new UsageError('review needs a mail file or a format-patch directory');
  if (args.command === 'exec' && args.files.length === 0) throw new UsageError('exec needs at least one C file');
  if (args.command === 'selftest' && args.kernelTree === undefined && !args.files[0]?.endsWith('.c')) throw new UsageError('selftest needs --kernel-tree PATH or a selftest FILE.c');
  if (args.patchBase !== undefined && !args.patch?.length) throw new UsageError('--patch-base needs a --patch');
  if (args.json && args.trace) throw new UsageError('--trace cannot be combined with --json');
  if (args.reply !== undefined && args.rangeDiff !== undefined) throw new UsageError('--reply and --range-diff are separate commands; give one');
  for (const [flag, v] of [['--drafts', args.drafts], ['--from', args.from], ['--out', args.out]] as const) {
    if (v !== undefined && args.reply === undefined) throw new UsageError(`${flag} goes with --reply PATCH`);
  }
  return args;
}
