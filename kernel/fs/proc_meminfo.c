// SPDX-License-Identifier: MIT
/*
 * proc_meminfo.c - /proc/meminfo, a read-only file whose text is made at open from the
 * model's numbers (fs/proc/meminfo.c's meminfo_proc_show and hugetlb_report_meminfo in
 * Linux, in their format: a label padded to 16 columns, the value in 8, " kB").
 *
 * Why: hmm-tests' anon_write_hugetlbfs and compound read "Hugepagesize:" here before they
 * mmap(MAP_HUGETLB). HugePages_Total, _Free and _Rsvd are the model's hugetlb pool (src/mm/huge.ts:
 * nr_hugepages, 0 without a pool — then that mmap fails with ENOMEM and the tests skip with
 * their own reason, as on a machine without reserved huge pages).
 *
 * The numbers (src/mm/natives/meminfo.ts): MemTotal is the model's nominal RAM (it has no
 * fixed size), MemFree that less the system pages in use, Cached and Shmem the shmem and tmpfs
 * page cache, AnonPages the mapped anonymous pages; no swap, no buffers. Only the lines the
 * model has a number for are printed, in Linux's order. Opening for writing is -EACCES (mode
 * 0444, an unprivileged caller); write on the O_RDONLY descriptor is -EBADF (chrdev_syscalls.c).
 * Included by chrdev_syscalls.c. Written for mmstep in kernel style; not from any kernel.
 */
#define MEMINFO_SIZE	1024
#define MEMINFO_EACCES	13

/* mmstep_meminfo_pages items */
#define MEMINFO_TOTAL	0
#define MEMINFO_FREE	1
#define MEMINFO_SHMEM	2
#define MEMINFO_ANON	3
#define MEMINFO_HUGE_TOTAL	4
#define MEMINFO_HUGE_FREE	5
#define MEMINFO_HUGE_RSVD	6
#define MEMINFO_ANON_HUGE	7

/* Pages to kB (PAGE_SHIFT - 10). */
static unsigned long meminfo_kb(int item)
{
	return mmstep_meminfo_pages(item) << 2;
}

/* meminfo_proc_show: the text into buf, its length. */
static int meminfo_show(char *buf, int size)
{
	unsigned long total = meminfo_kb(MEMINFO_TOTAL);
	unsigned long free = meminfo_kb(MEMINFO_FREE);
	unsigned long shmem = meminfo_kb(MEMINFO_SHMEM);
	unsigned long anon = meminfo_kb(MEMINFO_ANON);
	int n = 0;

	n += snprintf(buf + n, size - n, "MemTotal:       %8lu kB\n", total);
	n += snprintf(buf + n, size - n, "MemFree:        %8lu kB\n", free);
	n += snprintf(buf + n, size - n, "MemAvailable:   %8lu kB\n", free);
	n += snprintf(buf + n, size - n, "Buffers:        %8lu kB\n", 0UL);
	n += snprintf(buf + n, size - n, "Cached:         %8lu kB\n", shmem);
	n += snprintf(buf + n, size - n, "SwapCached:     %8lu kB\n", 0UL);
	n += snprintf(buf + n, size - n, "SwapTotal:      %8lu kB\n", 0UL);
	n += snprintf(buf + n, size - n, "SwapFree:       %8lu kB\n", 0UL);
	n += snprintf(buf + n, size - n, "AnonPages:      %8lu kB\n", anon);
	n += snprintf(buf + n, size - n, "Shmem:          %8lu kB\n", shmem);
	/* the mapped transparent huge pages (NR_ANON_THPS) */
	n += snprintf(buf + n, size - n, "AnonHugePages:  %8lu kB\n", meminfo_kb(MEMINFO_ANON_HUGE));
	/* hugetlb_report_meminfo: the default hstate, 2 MiB on x86-64 */
	n += snprintf(buf + n, size - n, "HugePages_Total:   %5lu\n", mmstep_meminfo_pages(MEMINFO_HUGE_TOTAL));
	n += snprintf(buf + n, size - n, "HugePages_Free:    %5lu\n", mmstep_meminfo_pages(MEMINFO_HUGE_FREE));
	n += snprintf(buf + n, size - n, "HugePages_Rsvd:    %5lu\n", mmstep_meminfo_pages(MEMINFO_HUGE_RSVD));
	n += snprintf(buf + n, size - n, "HugePages_Surp:    %5lu\n", 0UL);
	n += snprintf(buf + n, size - n, "Hugepagesize:   %8lu kB\n", 2048UL);
	n += snprintf(buf + n, size - n, "Hugetlb:        %8lu kB\n",
		      mmstep_meminfo_pages(MEMINFO_HUGE_TOTAL) * 2048UL);
	return n;
}

/* seq_read of the text made at open (single_open): from *ppos, at most count bytes. */
static long meminfo_read(struct file *file, char *buf, unsigned long count, long long *ppos)
{
	const char *text = file->private_data;
	long long len = strlen(text);
	unsigned long n;

	if (*ppos >= len)
		return 0;
	n = len - *ppos;
	if (n > count)
		n = count;
	if (copy_to_user(buf, text + *ppos, n))
		return -CHRDEV_EFAULT;
	*ppos += n;
	return n;
}

static int meminfo_open(struct inode *inode, struct file *file)
{
	char *text = kzalloc(MEMINFO_SIZE, GFP_KERNEL);

	if (!text)
		return -CHRDEV_ENOMEM;
	meminfo_show(text, MEMINFO_SIZE);
	file->private_data = text;
	return 0;
}

static int meminfo_release(struct inode *inode, struct file *file)
{
	kfree(file->private_data);
	return 0;
}

static const struct file_operations meminfo_fops = {
	.open		= meminfo_open,
	.release	= meminfo_release,
	.read		= meminfo_read,
};

static bool is_proc_meminfo(const char *path)
{
	return path_is(path, "/proc/meminfo");
}

/* open("/proc/meminfo"): read-only; -EACCES for write access. */
static long proc_meminfo_open(int flags)
{
	struct inode *inode;
	struct file *file;
	int fd, ret;

	if ((flags & O_ACCMODE) != O_RDONLY)
		return -MEMINFO_EACCES;
	inode = kzalloc(sizeof(*inode), GFP_KERNEL);
	file = kzalloc(sizeof(*file), GFP_KERNEL);
	if (!inode || !file) {
		kfree(inode);
		kfree(file);
		return -CHRDEV_ENOMEM;
	}
	file->f_op = &meminfo_fops;
	file->f_inode = inode;
	file->f_flags = flags;
	ret = meminfo_open(inode, file);
	if (ret) {
		kfree(file);
		kfree(inode);
		return ret;
	}
	fd = fd_install_new(file);
	if (fd < 0)
		release_file(file);
	return fd;
}
