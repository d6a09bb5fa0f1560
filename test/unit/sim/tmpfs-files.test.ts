// Files outside /dev (issue 12): unnamed tmpfs files (open("/tmp", O_TMPFILE),
// kernel/fs/tmpfs_file.c) with ftruncate, pread/pwrite/lseek/read; their MAP_SHARED mappings
// are the page cache, MAP_PRIVATE ones copy on write; an access past the end of the file is
// SIGBUS (a forked child killed by signal 7); /proc/meminfo's text; MAP_HUGETLB fails with
// ENOMEM (no huge page pool). A named file still stops at vfs_open as a SKIP naming it.

import * as assert from 'assert';
import { assertPassed, runFixture, type Results } from './selftest-fixture';

describe('selftest runner: tmpfs files, file mappings, /proc/meminfo', function () {
  this.timeout(120000);
  let x: Results;
  before(async () => {
    x = await runFixture('tmpfs-files.c', { nrHugepages: 0 });
  });
  const ok = (name: string): void => assertPassed(x, name);

  it('O_TMPFILE + ftruncate: pwrite/pread across a page boundary, lseek and read, holes read zeros, growth and truncation', () => ok('read_write_seek'));
  it('ftruncate of a device is EINVAL', () => ok('not_a_tmpfs_file'));
  it('MAP_SHARED of the file: stores seen by pread, pwrite seen through the mapping, data kept after munmap', () => ok('shared_mapping_is_the_page_cache'));
  it('MAP_PRIVATE of the file: reads the file, a store is a private copy the file never sees', () => ok('private_mapping_copies_on_write'));
  it('a store past the end of the file kills the process with SIGBUS (WTERMSIG 7)', () => ok('sigbus_past_end_of_file'));
  it('/proc/meminfo reads in the kernel format with an empty huge page pool, is read-only; MAP_HUGETLB fails', () => ok('meminfo_and_no_huge_pages'));
  it('memfd_create is a tmpfs file (MFD_HUGETLB EINVAL); gettimeofday follows the model clock across usleep', () => ok('memfd_and_gettimeofday'));
  it('a named file is not modelled: a SKIP naming vfs_open at the call', () => {
    const t = x['global.named_file'];
    assert.strictEqual(t.status, 'skip');
    assert.match(t.reason ?? '', /^vfs_open\(\) is not modelled by mmstep \(called at tmpfs-files\.c:\d+:\d+\)$/);
  });
});
