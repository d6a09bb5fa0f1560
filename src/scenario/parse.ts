// Entry point of the scenario loader: YAML text → typed Scenario, or diagnostics with file:line:col.
// Pure (no fs): the caller reads the file. Four passes, each stopping the next on error:
// YAML syntax (bounded: yaml-doc.ts) → size limits (limits.ts) → JSON Schema (ajv) → semantic
// checks (references, alignment, the memory model).

import type { Diagnostic } from '../sim/types';
import { checkScenarioLimits } from './limits';
import { buildScenario } from './semantic';
import type { Scenario } from './types';
import { validateScenarioData } from './validate';
import { parseYaml } from './yaml-doc';

export function parseScenario(path: string, text: string): { scenario?: Scenario; diagnostics: Diagnostic[] } {
  const src = parseYaml(path, text);
  // Includes unresolved aliases, found while converting to data.
  const syntax = src.diagnostics.filter((d) => d.severity === 'error');
  if (syntax.length > 0) return { diagnostics: src.diagnostics };
  if (src.value === undefined || src.value === null) {
    return {
      diagnostics: [
        ...src.diagnostics,
        { file: path, line: 1, column: 1, severity: 'error', message: 'the scenario file is empty; it needs at least name, sources, entry and memory' },
      ],
    };
  }
  // Size limits before anything walks the data in depth or allocates for it.
  const tooBig = checkScenarioLimits(path, src);
  if (tooBig.length > 0) return { diagnostics: [...src.diagnostics, ...tooBig] };
  const schemaErrors = validateScenarioData(path, src);
  if (schemaErrors.length > 0) return { diagnostics: [...src.diagnostics, ...schemaErrors] };
  try {
    const built = buildScenario(path, src.value as Record<string, unknown>, src);
    return { scenario: built.scenario, diagnostics: [...src.diagnostics, ...built.diagnostics] };
  } catch (e) {
    // A bug in the checks must not take the editor or the CLI down: report it at the top.
    const msg = e instanceof Error ? e.message : String(e);
    return { diagnostics: [...src.diagnostics, { file: path, line: 1, column: 1, severity: 'error', message: `internal error while checking the scenario: ${msg}` }] };
  }
}

export type { Scenario } from './types';
export { scenarioDiagnostic } from './semantic';
