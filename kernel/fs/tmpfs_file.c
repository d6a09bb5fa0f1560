// SPDX-License-Identifier: MIT
/*
 * tmpfs_file.c - regular files on tmpfs: open("/tmp", O_TMPFILE | O_RDWR) and the file's
 * read, write, llseek and release (mm/shmem.c's shmem_file_operations in Linux).
 *
 * Why: hmm-tests' file_read, file_write and migrate_file_private create an unnamed file on
 * /tmp (hmm_create_file: O_TMPFILE, then ftruncate), fill it with pwrite, map it and let the
 * device read, write or migrate what it maps. /tmp is tmpfs here: the file is a shmem inode
 * whose page cache and i_size are model state (src/mm/natives/shmem-file.ts, by page offset,
 * the pages mmap maps), and its struct file has f_op = shmem_file_operations, so read, write,
 * pread, pwrite, lseek and close dispatch through the same code as a device's
 * (chrdev_syscalls.c, which includes this file). Reads and writes copy each page's bytes at
 * the file position (shmem_file_read_iter / shmem_file_write_iter: a hole reads as zeros, a
 * write allocates the page and moves i_size). The file goes away with its last descriptor
 * and its last mapping (natives: shmem_file_release, then the last munmap).
 *
 * Simplified: only unnamed files (O_TMPFILE) exist; a named path on /tmp is not modelled (it
 * stops at vfs_open, as any path outside /dev/). No permissions (mode is not kept), no
 * SEEK_DATA/SEEK_HOLE, no O_APPEND.
 * Written for mmstep in kernel style; not from any kernel.
 */
#include <linux/shmem_fs.h>

#define TMPFS_PAGE_SIZE		4096UL
#define TMPFS_MAX_BYTES		(1LL << 40)	/* far beyond what a run can fill */
#define TMPFS_O_TMPFILE		(020000000 | 0200000)
#define TMPFS_SEEK_SET		0
#define TMPFS_SEEK_CUR		1
#define TMPFS_SEEK_END		2
#define TMPFS_EFBIG		27

/* shmem_file_read_iter: from *ppos up to i_size; holes read as zeros. */
static long shmem_file_read(struct file *file, char *buf, unsigned long count, long long *ppos)
{
	long long size = shmem_file_size(file);
	long long pos = *ppos;
	unsigned long done = 0;

	if (pos >= size)
		return 0;
	if (count > size - pos)
		count = size - pos;
	while (done < count) {
		unsigned long offset = pos % TMPFS_PAGE_SIZE;
		unsigned long n = TMPFS_PAGE_SIZE - offset;
		struct page *page;

		if (n > count - done)
			n = count - done;
		page = shmem_file_page(file, pos / TMPFS_PAGE_SIZE, 0);
		if (page) {
			if (shmem_copy_page_to_user(buf + done, page, offset, n))
				break;
		} else {
			memset(buf + done, 0, n);
		}
		done += n;
		pos += n;
	}
	*ppos = pos;
	return done ? done : (count ? -CHRDEV_EFAULT : 0);
}

/* shmem_file_write_iter: the pages are allocated as needed, i_size follows the end. */
static long shmem_file_write(struct file *file, const char *buf, unsigned long count,
			     long long *ppos)
{
	long long pos = *ppos;
	unsigned long done = 0;

	if (pos + (long long)count > TMPFS_MAX_BYTES)
		return -TMPFS_EFBIG;
	while (done < count) {
		unsigned long offset = pos % TMPFS_PAGE_SIZE;
		unsigned long n = TMPFS_PAGE_SIZE - offset;
		struct page *page;

		if (n > count - done)
			n = count - done;
		page = shmem_file_page(file, pos / TMPFS_PAGE_SIZE, 1);
		if (!page)
			break;
		if (shmem_copy_page_from_user(page, offset, buf + done, n))
			break;
		done += n;
		pos += n;
		if (pos > shmem_file_size(file))
			shmem_file_set_size(file, pos);
	}
	*ppos = pos;
	return done ? done : (count ? -CHRDEV_ENOMEM : 0);
}

/* shmem_file_llseek without SEEK_DATA / SEEK_HOLE (generic_file_llseek_size). */
static long shmem_file_llseek(struct file *file, long offset, int whence)
{
	long long pos;

	switch (whence) {
	case TMPFS_SEEK_SET:
		pos = offset;
		break;
	case TMPFS_SEEK_CUR:
		pos = file->f_pos + offset;
		break;
	case TMPFS_SEEK_END:
		pos = shmem_file_size(file) + offset;
		break;
	default:
		return -CHRDEV_EINVAL;
	}
	if (pos < 0 || pos > TMPFS_MAX_BYTES)
		return -CHRDEV_EINVAL;
	file->f_pos = pos;
	return pos;
}

static int shmem_file_open(struct inode *inode, struct file *file)
{
	return 0;
}

/* The last descriptor is gone: the inode lives on while a mapping holds it (iput later). */
static int shmem_file_put(struct inode *inode, struct file *file)
{
	shmem_file_release(file);
	return 0;
}

static const struct file_operations shmem_file_operations = {
	.llseek		= shmem_file_llseek,
	.open		= shmem_file_open,
	.release	= shmem_file_put,
	.read		= shmem_file_read,
	.write		= shmem_file_write,
};

static bool is_tmpfs_file(struct file *file)
{
	return file->f_op == &shmem_file_operations;
}

/* Is path the tmpfs mount /tmp (or /dev/shm), as an O_TMPFILE open names its directory? */
static bool is_tmpfs_dir(const char *path)
{
	return path_is(path, "/tmp") || path_is(path, "/tmp/") ||
	       path_is(path, "/dev/shm") || path_is(path, "/dev/shm/");
}

/*
 * open(dir, O_TMPFILE | O_RDWR or O_WRONLY): a new unnamed file on tmpfs, its descriptor;
 * -EINVAL without write access (do_tmpfile needs it), -ENOMEM, -EMFILE.
 */
static long tmpfs_open_tmpfile(const char *path, int flags)
{
	struct inode *inode;
	struct file *file;
	int fd;

	if ((flags & O_ACCMODE) == O_RDONLY)
		return -CHRDEV_EINVAL;
	inode = kzalloc(sizeof(*inode), GFP_KERNEL);
	file = kzalloc(sizeof(*file), GFP_KERNEL);
	if (!inode || !file) {
		kfree(inode);
		kfree(file);
		return -CHRDEV_ENOMEM;
	}
	file->f_op = &shmem_file_operations;
	file->f_inode = inode;
	file->f_flags = flags;
	shmem_file_setup(file, flags);
	fd = fd_install_new(file);
	if (fd < 0)
		release_file(file);
	return fd;
}

/* ftruncate on a tmpfs file (shmem_setattr): the new i_size, pages past it dropped. */
static long tmpfs_truncate(struct file *file, long long length)
{
	if (length > TMPFS_MAX_BYTES)
		return -TMPFS_EFBIG;
	return shmem_file_set_size(file, length);
}
