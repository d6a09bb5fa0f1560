#!/usr/bin/env node
// Bundles mmstep with esbuild: the extension, the standalone debug adapter, the CLI and the
// state webview, and copies the tree-sitter wasm files (and the webview CSS) next to them.
// First it generates the scenario validator (ajv standalone code for src/scenario/schema.ts,
// src/scenario/validator-build.ts) and rewrites src/scenario/scenario-validator.gen.ts when
// the schema changed, so the bundles never compile a schema at run time.
//
// Usage: node scripts/build.js [--minify] [--watch] [--only name[,name...]]
//   names: extension, debugAdapter, cli, webview
// An entry whose source file does not exist yet is skipped with a warning, so the build works
// while the project is being assembled.

'use strict';

const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');

// web-tree-sitter's ESM build relies on import.meta.url, which is undefined in a CJS bundle;
// its .cjs build locates itself with __dirname instead (docs/libraries.md §1.8).
const nodeAlias = {
  'web-tree-sitter': path.join(root, 'node_modules/web-tree-sitter/web-tree-sitter.cjs'),
};

const bundles = [
  {
    name: 'extension',
    entry: 'src/extension/extension.ts',
    out: 'extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    alias: nodeAlias,
  },
  {
    name: 'debugAdapter',
    entry: 'src/debug/main.ts',
    out: 'debugAdapter.js',
    platform: 'node',
    format: 'cjs',
    alias: nodeAlias,
  },
  {
    name: 'cli',
    entry: 'src/cli/main.ts',
    out: 'cli.js',
    platform: 'node',
    format: 'cjs',
    alias: nodeAlias,
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    name: 'webview',
    entry: 'src/webview/main.ts',
    out: 'webview.js',
    platform: 'browser',
    format: 'iife',
  },
];

const copies = [
  { from: 'node_modules/web-tree-sitter/web-tree-sitter.wasm', to: 'web-tree-sitter.wasm' },
  { from: 'node_modules/tree-sitter-c/tree-sitter-c.wasm', to: 'tree-sitter-c.wasm' },
];

/**
 * Generates the scenario validator module from the schema (validator-build.ts, bundled in
 * memory and run here: no install script, no download) and writes it only when it changed.
 */
function generateValidator() {
  const { createRequire } = require('module');
  const entry = path.join(root, 'src/scenario/validator-build.ts');
  const r = esbuild.buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, packages: 'external', logLevel: 'warning' });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', r.outputFiles[0].text)(mod, mod.exports, createRequire(entry));
  const out = path.join(root, mod.exports.GENERATED_VALIDATOR_PATH);
  const text = mod.exports.validatorModuleSource();
  const old = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : undefined;
  if (old === text) return;
  const tmp = `${out}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, out);
  console.log(`build: ${mod.exports.GENERATED_VALIDATOR_PATH} ${old === undefined ? 'written' : 'regenerated (the schema changed: commit it)'}`);
}

function parseArgs(argv) {
  const opts = { minify: false, watch: false, only: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--minify' || a === '--production') opts.minify = true;
    else if (a === '--watch') opts.watch = true;
    else if (a === '--only') opts.only = (argv[++i] || '').split(',').filter(Boolean);
    else if (a.startsWith('--only=')) opts.only = a.slice(7).split(',').filter(Boolean);
    else {
      console.error(`build: unknown argument '${a}'`);
      process.exit(2);
    }
  }
  if (opts.only) {
    const known = new Set(bundles.map((b) => b.name));
    for (const n of opts.only) {
      if (!known.has(n)) {
        console.error(`build: unknown bundle '${n}' (known: ${[...known].join(', ')})`);
        process.exit(2);
      }
    }
  }
  return opts;
}

function size(file) {
  const n = fs.statSync(file).size;
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
}

function esbuildOptions(b, opts) {
  return {
    entryPoints: [path.join(root, b.entry)],
    outfile: path.join(dist, b.out),
    bundle: true,
    platform: b.platform,
    format: b.format,
    target: b.platform === 'node' ? 'node20' : 'es2022',
    external: b.external || [],
    alias: b.alias || {},
    banner: b.banner,
    sourcemap: 'linked',
    minify: opts.minify,
    logLevel: 'warning',
    metafile: false,
  };
}

function copyAssets() {
  fs.mkdirSync(dist, { recursive: true });
  const done = [];
  for (const c of copies) {
    const src = path.join(root, c.from);
    if (!fs.existsSync(src)) {
      console.warn(`build: warning: ${c.from} not found (run npm install)`);
      continue;
    }
    fs.copyFileSync(src, path.join(dist, c.to));
    done.push(c.to);
  }
  const media = path.join(root, 'media');
  if (fs.existsSync(media)) {
    for (const f of fs.readdirSync(media)) {
      if (f.endsWith('.css')) {
        fs.copyFileSync(path.join(media, f), path.join(dist, f));
        done.push(f);
      }
    }
  }
  return done;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  fs.mkdirSync(dist, { recursive: true });
  generateValidator();

  const selected = bundles.filter((b) => !opts.only || opts.only.includes(b.name));
  const present = [];
  for (const b of selected) {
    if (fs.existsSync(path.join(root, b.entry))) present.push(b);
    else console.warn(`build: warning: skipping ${b.name}: ${b.entry} does not exist yet`);
  }

  if (opts.watch) {
    for (const b of present) {
      const ctx = await esbuild.context(esbuildOptions(b, opts));
      await ctx.watch();
      console.log(`build: watching ${b.entry} -> dist/${b.out}`);
    }
    copyAssets();
    return;
  }

  let failed = false;
  await Promise.all(
    present.map(async (b) => {
      try {
        await esbuild.build(esbuildOptions(b, opts));
      } catch (e) {
        failed = true;
        // esbuild has already printed the errors with file:line:col.
        console.error(`build: ${b.name} failed`);
      }
    }),
  );

  const assets = copyAssets();
  for (const b of present) {
    const out = path.join(dist, b.out);
    if (fs.existsSync(out)) console.log(`  dist/${b.out.padEnd(22)} ${size(out)}`);
  }
  for (const a of assets) console.log(`  dist/${a.padEnd(22)} ${size(path.join(dist, a))}`);
  if (present.some((b) => b.name === 'cli') && fs.existsSync(path.join(dist, 'cli.js'))) {
    fs.chmodSync(path.join(dist, 'cli.js'), 0o755);
  }
  console.log(`build: ${failed ? 'FAILED' : 'done'} in ${Date.now() - started} ms`);
  if (failed) process.exit(1);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
