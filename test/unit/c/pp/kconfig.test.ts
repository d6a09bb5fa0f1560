// Kconfig: the option table becomes defines, and the IS_ENABLED family works as ordinary macros
// built with the placeholder/second-argument technique, in #if and in code.

import * as assert from 'assert';
import { KCONFIG_MACROS } from '../../../../src/c/pp';
import { pp } from './helpers';

const kconfig = { MIGRATION: 'y', CONFIG_DEVICE_PRIVATE: 'm', HIGHMEM: 'n', NR_CPUS: 64, CMDLINE: 'quiet', ZONE_DEVICE: true } as const;

describe('pp kconfig', () => {
  it('turns the table into defines like an autoconf header', () => {
    const r = pp('CONFIG_MIGRATION CONFIG_DEVICE_PRIVATE CONFIG_DEVICE_PRIVATE_MODULE CONFIG_HIGHMEM CONFIG_NR_CPUS CONFIG_CMDLINE CONFIG_ZONE_DEVICE\n', {}, { kconfig });
    assert.strictEqual(r.toks, '1 CONFIG_DEVICE_PRIVATE 1 CONFIG_HIGHMEM 64 "quiet" 1');
  });

  it('evaluates IS_ENABLED, IS_BUILTIN, IS_MODULE and IS_REACHABLE in #if', () => {
    const src = [
      '#if IS_ENABLED(CONFIG_MIGRATION) && IS_BUILTIN(CONFIG_MIGRATION) && !IS_MODULE(CONFIG_MIGRATION)', 'a', '#endif',
      '#if IS_ENABLED(CONFIG_DEVICE_PRIVATE) && !IS_BUILTIN(CONFIG_DEVICE_PRIVATE) && IS_MODULE(CONFIG_DEVICE_PRIVATE)', 'b', '#endif',
      '#if !IS_ENABLED(CONFIG_HIGHMEM) && !IS_ENABLED(CONFIG_NR_CPUS) && !IS_ENABLED(CONFIG_UNKNOWN)', 'c', '#endif',
      '#if IS_REACHABLE(CONFIG_MIGRATION) && !IS_REACHABLE(CONFIG_DEVICE_PRIVATE)', 'd', '#endif',
    ].join('\n');
    const r = pp(src + '\n', {}, { kconfig, prelude: KCONFIG_MACROS });
    assert.deepStrictEqual(r.diagnostics, []);
    assert.strictEqual(r.toks, 'a b c d');
  });

  it('expands IS_ENABLED in code to 1 or 0 and reaches a module when MODULE is defined', () => {
    const r = pp('int v[] = { IS_ENABLED(CONFIG_MIGRATION), IS_ENABLED(CONFIG_HIGHMEM), IS_ENABLED(CONFIG_DEVICE_PRIVATE), IS_REACHABLE(CONFIG_DEVICE_PRIVATE) };\n', {}, {
      kconfig,
      prelude: KCONFIG_MACROS,
      predefines: { MODULE: 1 },
    });
    assert.strictEqual(r.toks, 'int v [ ] = { 1 , 0 , 1 , 1 } ;');
  });

  it('works from a header that spells the technique itself', () => {
    const header = [
      '#define __one_1 ,',
      '#define __pick(a, b, ...) b',
      '#define __choose(m, y, n) __pick(m y, n)',
      '#define __test(v) __choose(__one_##v, 1, 0)',
      '#define ENABLED(opt) __test(opt)',
    ].join('\n');
    const r = pp('#include "k.h"\n#if ENABLED(CONFIG_A) && !ENABLED(CONFIG_B)\nyes\n#endif\nENABLED(CONFIG_A) ENABLED(CONFIG_B)\n', { 'k.h': header }, { kconfig: { A: 'y' } });
    assert.strictEqual(r.toks, 'yes 1 0');
  });
});
