// The validator precompiled at build time: the checked-in scenario-validator.gen.ts is what
// validator-build.ts generates for today's schema (a schema edit without `npm run build`, or a
// hand edit of the generated file, fails here), and it is plain code that compiles no schema.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { GENERATED_VALIDATOR_PATH, validatorModuleSource } from '../../../src/scenario/validator-build';
import { validateScenarioData } from '../../../src/scenario/validate';
import { parseYaml } from '../../../src/scenario/yaml-doc';

const ROOT = path.resolve(__dirname, '../../../..');

describe('scenario/validator-build', () => {
  it(`${GENERATED_VALIDATOR_PATH} is up to date with src/scenario/schema.ts (npm run build regenerates it)`, () => {
    const checkedIn = fs.readFileSync(path.join(ROOT, GENERATED_VALIDATOR_PATH), 'utf8');
    const fresh = validatorModuleSource();
    if (checkedIn !== fresh) {
      const a = checkedIn.split('\n');
      const b = fresh.split('\n');
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      assert.fail(`${GENERATED_VALIDATOR_PATH} is stale at line ${i + 1}: run \`npm run build\` (or node scripts/build.js --only cli) and commit it`);
    }
  });

  it('the generated module neither compiles a schema nor builds functions at run time', () => {
    const text = fs.readFileSync(path.join(ROOT, GENERATED_VALIDATOR_PATH), 'utf8');
    assert.ok(!/new Function|\beval\(/.test(text), 'no code is made at run time');
    const required = [...text.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    for (const r of required) assert.match(r, /^ajv\/dist\/runtime\//, `only ajv's small runtime helpers: ${r}`);
  });

  it('validate.ts uses the generated validator: errors keep their parent schema (errorMessage) and data', () => {
    const text = 'name: x\nsources: [a.txt]\nentry: { function: f }\nmemory: { processes: [] }\n';
    const d = validateScenarioData('s.mmstep.yaml', parseYaml('s.mmstep.yaml', text));
    assert.ok(d.some((x) => x.message === 'sources[0]: expected a path to a .c or .h file' && x.line === 2), JSON.stringify(d));
  });
});
