// mremap(2) for user programs (issue 12 item 1, src/mm/natives/user-mremap.ts): shrink, grow
// in place, MREMAP_MAYMOVE, MREMAP_FIXED (replacing the target), MREMAP_DONTUNMAP (old range
// mapped and empty), the failures of mm/mremap.c; the data moves with the pages and the old
// range is gone (a forked child touching it is killed by SIGSEGV).

import { assertPassed, runFixture, type Results } from './selftest-fixture';

describe('user programs: mremap', function () {
  this.timeout(120000);
  let x: Results;
  before(async () => {
    x = await runFixture('mremap.c');
  });
  const ok = (name: string): void => assertPassed(x, name);

  it('grows in place when the pages after are free, shrinks unmapping the tail', () => ok('grow_in_place_and_shrink'));
  it('MREMAP_MAYMOVE moves when it cannot grow (ENOMEM without it), the data with it', () => ok('maymove'));
  it('MREMAP_FIXED moves to the target, replacing its mapping; bad targets fail', () => ok('fixed'));
  it('MREMAP_DONTUNMAP leaves the old range mapped and empty; it needs MAYMOVE and the same size', () => ok('dontunmap'));
  it('an unaligned address, a range across vmas or unmapped, size 0, unknown flags fail', () => ok('bad_ranges'));
});
