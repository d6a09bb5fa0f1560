// Build-time only: generates the scenario validator module (scenario-validator.gen.ts) with
// ajv's standalone code generation, so no process compiles the schema at run time (~100 ms of
// every cold load, and ajv's compiler in every bundle). scripts/build.js calls this and bundles
// the fresh code; the generated file is also checked in so a `tsc`-only build has it, and
// test/unit/scenario/validator-build.test.ts fails when that copy is stale against the schema.
//
// Nothing at run time may import this file (it pulls in ajv's compiler): validate.ts imports the
// generated module only.

import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { scenarioSchema } from './schema';

/** The checked-in copy, relative to the repository root. */
export const GENERATED_VALIDATOR_PATH = 'src/scenario/scenario-validator.gen.ts';

/**
 * The options the validator is generated with. validate.ts reads `parentSchema` and `data` of
 * each error (verbose) and wants every error (allErrors); the non-standard keywords of schema.ts
 * are annotations.
 */
function scenarioAjv(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    code: { source: true, esm: true, lines: true },
  });
  for (const kw of ['errorMessage', 'defaultSnippets', 'markdownDescription']) ajv.addKeyword(kw);
  return ajv;
}

const HEADER = [
  '// GENERATED FILE, do not edit: the scenario validator, ajv standalone code for the schema of',
  '// src/scenario/schema.ts, written by src/scenario/validator-build.ts (`npm run build` rewrites',
  '// it when the schema changed; test/unit/scenario/validator-build.test.ts fails when it is stale).',
  '/* eslint-disable */',
  '// @ts-nocheck',
  '',
].join('\n');

/** The text of scenario-validator.gen.ts for the current schema. */
export function validatorModuleSource(): string {
  const ajv = scenarioAjv();
  const validate = ajv.compile(scenarioSchema);
  return HEADER + standaloneCode(ajv, validate) + '\n';
}
