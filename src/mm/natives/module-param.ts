// Module parameters of a kernel tree's driver (kernel/compat/common/include/linux/module.h):
// module_param(name, type, perm) defines __mmstep_param__<name>(), which sets the variable to
// __mmstep_module_param_int(name, value). Without insmod arguments — a scenario that links the
// driver — the variable keeps its own value; the selftest runner replaces this native with one
// that returns the values it passes (src/sim/selftest-driver.ts, test_hmm's spm_addr_dev0/1).

import type { NativeTable } from '../../c/native';

export function moduleParamNatives(): NativeTable {
  return {
    // long long __mmstep_module_param_int(const char *name, long long value): no argument given
    __mmstep_module_param_int: (_ctx, args) => args[1],
  };
}
