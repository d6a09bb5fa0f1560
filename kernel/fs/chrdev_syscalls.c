// SPDX-License-Identifier: MIT
/*
 * chrdev_syscalls.c - open(), read(), write(), ioctl() and close() of a character device, the
 * kernel side of a user program's system calls (issue 12 item 3).
 *
 * Why C: the driver's file_operations are C function pointers (lib/test_hmm.c's dmirror_fops),
 * and natives cannot call C, so the dispatch is here, where it can be stepped through. The
 * path is looked up among the memory devices (mem_lookup below: /dev/null, zero, full, random,
 * urandom, which drivers/char/mem.c registers at boot) and in the model's registry of devices
 * (chrdev_lookup, the driver's cdev_device_add), then, as chrdev_open and do_dentry_open do, a
 * struct inode and a struct file are made, the device's fops are installed and ->open runs
 * with current->mm set to the calling process. read and write are ->read / ->write at f_pos
 * (-EINVAL without one, as vfs_read says for a file that has neither read nor read_iter);
 * ioctl is ->unlocked_ioctl (-ENOTTY without one); close is ->release, then the file is
 * freed once no descriptor refers to it. Each process of the model has its own descriptor
 * table, model state (src/mm/natives/user-files.ts): the threads of a process share it, a
 * forked child gets a copy (sharing the open files), an exit drops its descriptors (a file
 * that loses its last one is released at the next system call here). Descriptors start at 3
 * (0-2 are the stdio streams). Errors are negative errno values; libc.c turns them into -1
 * and errno.
 *
 * mmap of a file with an f_op->mmap (a device's: lib/test_hmm.c's dmirror_fops_mmap) is the
 * native mmap's, which makes the vma as mmap_region does and then calls chrdev_call_mmap below
 * (call_mmap) to run the driver's ->mmap on it (src/mm/natives/file-mmap.ts).
 *
 * Besides devices: unnamed tmpfs files (open("/tmp", O_TMPFILE), tmpfs_file.c) and
 * /proc/meminfo (proc_meminfo.c), both included below, open here too and dispatch through
 * their f_op the same way; pread / pwrite are ->read / ->write at a given position, lseek is
 * ->llseek (-ESPIPE without one), ftruncate a tmpfs file's new size (-EINVAL for others).
 *
 * Simplified: one inode per open (Linux shares the device node's inode), no dup; flags are
 * only recorded in f_flags. The random devices are a fixed pseudo-random sequence (xorshift),
 * the same in every run, so runs stay reproducible.
 * Written for mmstep in kernel style; not from any kernel.
 */
#include <linux/chardev.h>
#include <linux/driver_misc.h>
#include <linux/slab.h>
#include <linux/shmem_fs.h>

#define CHRDEV_ENOENT	2
#define CHRDEV_ENXIO	6
#define CHRDEV_EBADF	9
#define CHRDEV_ENOMEM	12
#define CHRDEV_EFAULT	14
#define CHRDEV_EINVAL	22
#define CHRDEV_ENOTTY	25
#define CHRDEV_ENOSPC	28
#define CHRDEV_ESPIPE	29

#define O_ACCMODE	3
#define O_RDONLY	0
#define O_WRONLY	1

/* kernel/include has no gfp.h; the model's kzalloc does not read the flags. */
#ifndef GFP_KERNEL
#define GFP_KERNEL	0xcc0U
#endif

/*
 * The calling process's descriptor table is model state (src/mm/natives/user-files.ts), so
 * that fork() copies it at once and the threads of a process share it: these natives keep it.
 */
int fd_install_new(struct file *file);		/* lowest free fd >= 3, or -EMFILE */
struct file *fd_file(int fd);			/* the open file fd, or NULL */
long fd_close(int fd);				/* 1: fd was file's last, 0: not, -EBADF */
struct file *fd_reap(void);			/* a file an exit left without fds, or NULL */

/* current->mm of the calling thread (a native of user programs, src/mm/natives/user-mman.ts). */
struct mm_struct *current_mm(void);

/* What a file's ->mmap returned, for the native mmap that called chrdev_call_mmap (file-mmap.ts). */
void mmap_file_result(int ret);

/*
 * The memory devices (major 1), as drivers/char/mem.c has them: null reads end of file and
 * swallows writes, zero reads zeros, full reads zeros and is full (-ENOSPC) for writes,
 * random and urandom read pseudo-random bytes and take writes (added entropy) as written.
 */
#define MEM_MAJOR	1
#define MEM_CHUNK	64	/* bytes made per copy_to_user */

static unsigned long long mem_random_state = 0x9e3779b97f4a7c15ULL;

static unsigned long long mem_random(void)
{
	unsigned long long x = mem_random_state;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	mem_random_state = x;
	return x;
}

/*
 * count pseudo-random bytes to the user's buf; -EFAULT on a bad buf. The chunks are of the
 * widest unit count is a multiple of (8, 4 or 1 bytes): a buffer in C memory (a test's
 * local) is typed fields, and a copy lines up with them only unit for unit, as
 * `read(fd, &r, sizeof(r))` into an unsigned int does; user memory takes any unit.
 */
static long random_read_bytes(char *buf, unsigned long count)
{
	unsigned long long chunk64[MEM_CHUNK / 8];
	unsigned int chunk32[MEM_CHUNK / 4];
	unsigned char chunk8[MEM_CHUNK];
	unsigned long done = 0, n, i;
	int unit = count % 8 == 0 ? 8 : count % 4 == 0 ? 4 : 1;
	void *chunk = unit == 8 ? (void *)chunk64 : unit == 4 ? (void *)chunk32 : (void *)chunk8;

	while (done < count) {
		n = count - done < MEM_CHUNK ? count - done : MEM_CHUNK;
		for (i = 0; i < n / unit; i++) {
			unsigned long long v = mem_random();

			if (unit == 8)
				chunk64[i] = v;
			else if (unit == 4)
				chunk32[i] = (unsigned int)(v >> 32);
			else
				chunk8[i] = (unsigned char)(v >> 32);
		}
		if (copy_to_user(buf + done, chunk, n))
			return done ? done : -CHRDEV_EFAULT;
		done += n;
	}
	return done;
}

static int mem_open(struct inode *inode, struct file *file)
{
	return 0;
}

static long null_read(struct file *file, char *buf, unsigned long count, long long *ppos)
{
	return 0;
}

static long null_write(struct file *file, const char *buf, unsigned long count, long long *ppos)
{
	return count;
}

/* clear_user: zero bytes fit fields of any width, in C memory as in user memory */
static long zero_read(struct file *file, char *buf, unsigned long count, long long *ppos)
{
	memset(buf, 0, count);
	return count;
}

static long full_write(struct file *file, const char *buf, unsigned long count, long long *ppos)
{
	return -CHRDEV_ENOSPC;
}

static long random_read(struct file *file, char *buf, unsigned long count, long long *ppos)
{
	return random_read_bytes(buf, count);
}

static const struct file_operations null_fops = {
	.open	= mem_open,
	.read	= null_read,
	.write	= null_write,
};

static const struct file_operations zero_fops = {
	.open	= mem_open,
	.read	= zero_read,
	.write	= null_write,
};

static const struct file_operations full_fops = {
	.open	= mem_open,
	.read	= zero_read,
	.write	= full_write,
};

static const struct file_operations random_fops = {
	.open	= mem_open,
	.read	= random_read,
	.write	= null_write,
};

static struct cdev mem_cdevs[] = {
	{ .ops = &null_fops, .dev = MKDEV(MEM_MAJOR, 3) },
	{ .ops = &zero_fops, .dev = MKDEV(MEM_MAJOR, 5) },
	{ .ops = &full_fops, .dev = MKDEV(MEM_MAJOR, 7) },
	{ .ops = &random_fops, .dev = MKDEV(MEM_MAJOR, 8) },
	{ .ops = &random_fops, .dev = MKDEV(MEM_MAJOR, 9) },
};
static const char *const mem_names[] = {
	"/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom",
};

static bool path_is(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

/* The memory device at path, or NULL. */
static struct cdev *mem_lookup(const char *path, dev_t *devt)
{
	int i;

	for (i = 0; i < sizeof(mem_cdevs) / sizeof(mem_cdevs[0]); i++) {
		if (path_is(path, mem_names[i])) {
			*devt = mem_cdevs[i].dev;
			return &mem_cdevs[i];
		}
	}
	return NULL;
}

/* The last descriptor of file is gone: the driver's release, then the file is freed. */
static void release_file(struct file *file)
{
	struct inode *inode = file->f_inode;

	set_current_task_mm(current_mm());
	if (file->f_op->release)
		file->f_op->release(inode, file);
	kfree(file);
	kfree(inode);
}

/*
 * What an exit left to release (exit_files in Linux releases during the exit; a native
 * cannot call the driver, so the next system call of any process does it here).
 */
static void reap_files(void)
{
	struct file *file;

	while ((file = fd_reap()) != NULL)
		release_file(file);
}

static struct file *fdget(int fd)
{
	reap_files();
	return fd_file(fd);
}

#include "tmpfs_file.c"
#include "proc_meminfo.c"

/* Open /dev/<name>: the new descriptor, or -ENOENT (no such device), -EMFILE, ->open's error. */
long chrdev_sys_open(const char *path, int flags)
{
	struct cdev *cdev;
	struct inode *inode;
	struct file *file;
	dev_t devt = 0;
	int fd, ret;

	reap_files();
	if (is_tmpfs_dir(path) && (flags & TMPFS_O_TMPFILE) == TMPFS_O_TMPFILE)
		return tmpfs_open_tmpfile(path, flags);
	if (is_proc_meminfo(path))
		return proc_meminfo_open(flags);
	cdev = mem_lookup(path, &devt);
	if (!cdev)
		cdev = chrdev_lookup(path, &devt);
	if (!cdev)
		return -CHRDEV_ENOENT;
	if (!cdev->ops || !cdev->ops->open)
		return -CHRDEV_ENXIO;
	inode = kzalloc(sizeof(*inode), GFP_KERNEL);
	file = kzalloc(sizeof(*file), GFP_KERNEL);
	if (!inode || !file) {
		kfree(inode);
		kfree(file);
		return -CHRDEV_ENOMEM;
	}
	inode->i_rdev = devt;
	inode->i_cdev = cdev;
	file->f_op = cdev->ops;
	file->f_inode = inode;
	file->f_flags = flags;

	/* The driver's open runs as the calling process (its current->mm). */
	set_current_task_mm(current_mm());
	ret = file->f_op->open(inode, file);
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

/* read(fd, buf, count): ->read at the file's position, -EBADF (not open for reading), -EINVAL. */
long chrdev_sys_read(int fd, char *buf, unsigned long count)
{
	struct file *file = fdget(fd);

	if (!file || (file->f_flags & O_ACCMODE) == O_WRONLY)
		return -CHRDEV_EBADF;
	if (!file->f_op->read)
		return -CHRDEV_EINVAL;
	set_current_task_mm(current_mm());
	return file->f_op->read(file, buf, count, &file->f_pos);
}

/* write(fd, buf, count): ->write at the file's position, -EBADF (not open for writing), -EINVAL. */
long chrdev_sys_write(int fd, const char *buf, unsigned long count)
{
	struct file *file = fdget(fd);

	if (!file || (file->f_flags & O_ACCMODE) == O_RDONLY)
		return -CHRDEV_EBADF;
	if (!file->f_op->write)
		return -CHRDEV_EINVAL;
	set_current_task_mm(current_mm());
	return file->f_op->write(file, buf, count, &file->f_pos);
}

/* pread(fd, buf, count, pos): ->read at pos, the file's position unchanged; -EINVAL for pos < 0. */
long chrdev_sys_pread(int fd, char *buf, unsigned long count, long long pos)
{
	struct file *file = fdget(fd);

	if (!file || (file->f_flags & O_ACCMODE) == O_WRONLY)
		return -CHRDEV_EBADF;
	if (pos < 0)
		return -CHRDEV_EINVAL;
	if (!file->f_op->read)
		return -CHRDEV_EINVAL;
	set_current_task_mm(current_mm());
	return file->f_op->read(file, buf, count, &pos);
}

/* pwrite(fd, buf, count, pos): ->write at pos, the file's position unchanged. */
long chrdev_sys_pwrite(int fd, const char *buf, unsigned long count, long long pos)
{
	struct file *file = fdget(fd);

	if (!file || (file->f_flags & O_ACCMODE) == O_RDONLY)
		return -CHRDEV_EBADF;
	if (pos < 0)
		return -CHRDEV_EINVAL;
	if (!file->f_op->write)
		return -CHRDEV_EINVAL;
	set_current_task_mm(current_mm());
	return file->f_op->write(file, buf, count, &pos);
}

/* lseek(fd, offset, whence): ->llseek, -ESPIPE for a file without one. */
long chrdev_sys_lseek(int fd, long offset, int whence)
{
	struct file *file = fdget(fd);

	if (!file)
		return -CHRDEV_EBADF;
	if (!file->f_op->llseek)
		return -CHRDEV_ESPIPE;
	return file->f_op->llseek(file, offset, whence);
}

/*
 * ftruncate(fd, length): a tmpfs file's new i_size; -EINVAL for a negative length, a file
 * that is not a regular file or one not open for writing (do_ftruncate).
 */
long chrdev_sys_ftruncate(int fd, long long length)
{
	struct file *file = fdget(fd);

	if (!file)
		return -CHRDEV_EBADF;
	if (length < 0 || !is_tmpfs_file(file) || (file->f_flags & O_ACCMODE) == O_RDONLY)
		return -CHRDEV_EINVAL;
	return tmpfs_truncate(file, length);
}

/* ioctl(fd, cmd, arg): the driver's unlocked_ioctl, -EBADF or -ENOTTY. */
long chrdev_sys_ioctl(int fd, unsigned int cmd, unsigned long arg)
{
	struct file *file = fdget(fd);

	if (!file)
		return -CHRDEV_EBADF;
	if (!file->f_op->unlocked_ioctl)
		return -CHRDEV_ENOTTY;
	set_current_task_mm(current_mm());
	return file->f_op->unlocked_ioctl(file, cmd, arg);
}

/*
 * close(fd): the descriptor is gone whatever ->release returns, as in Linux; the file is
 * released when no descriptor of any process (fork shares them) refers to it any more.
 */
long chrdev_sys_close(int fd)
{
	struct file *file = fdget(fd);

	if (!file)
		return -CHRDEV_EBADF;
	if (fd_close(fd) == 1)
		release_file(file);
	return 0;
}

/*
 * mmap_region's call_mmap: the native mmap made the vma [vm_start, vm_end) of the calling
 * process and calls this with it. The driver's ->mmap fills it (vm_insert_page) or fails; its
 * return goes back to the native through mmap_file_result (the value of a function a native
 * calls is dropped), which on an error takes back the vma and what the driver mapped in it.
 */
void chrdev_call_mmap(struct file *file, struct vm_area_struct *vma)
{
	set_current_task_mm(current_mm());
	mmap_file_result(file->f_op->mmap(file, vma));
}
