// SPDX-License-Identifier: MIT
/*
 * chrdev_syscalls.c - open(), ioctl() and close() of a character device, the kernel side of a
 * user program's system calls (issue 12 item 3).
 *
 * Why C: the driver's file_operations are C function pointers (lib/test_hmm.c's dmirror_fops),
 * and natives cannot call C, so the dispatch is here, where it can be stepped through. The
 * path is looked up in the model's registry of devices (chrdev_lookup, the driver's
 * cdev_device_add), then, as chrdev_open and do_dentry_open do, a struct inode and a struct
 * file are made, the device's fops are installed and ->open runs with current->mm set to the
 * calling process. ioctl is ->unlocked_ioctl (-ENOTTY without one); close is ->release, then
 * the file is freed. Each process of the model has its own descriptor table (plain data:
 * struct files_struct below, keyed by its mm); descriptors start at 3 (0-2 are the stdio
 * streams). Errors are negative errno values; libc.c turns them into -1 and errno.
 *
 * Simplified: one inode per open (Linux shares the device node's inode), no reference counts
 * on a file (no dup, no fork sharing a table), flags are only recorded in f_flags.
 * Written for mmstep in kernel style; not from any kernel.
 */
#include <linux/chardev.h>
#include <linux/driver_misc.h>
#include <linux/slab.h>

#define CHRDEV_ENOENT	2
#define CHRDEV_EBADF	9
#define CHRDEV_ENOMEM	12
#define CHRDEV_ENXIO	6
#define CHRDEV_EMFILE	24
#define CHRDEV_ENOTTY	25

/* kernel/include has no gfp.h; the model's kzalloc does not read the flags. */
#ifndef GFP_KERNEL
#define GFP_KERNEL	0xcc0U
#endif

#define NR_OPEN_DEFAULT	16	/* descriptors per process */
#define NR_FILES_TABLES	4	/* processes with a descriptor table */
#define FD_FIRST	3	/* after stdin, stdout, stderr */

struct files_struct {
	struct mm_struct *mm;
	struct file *fd[NR_OPEN_DEFAULT];
};

static struct files_struct chrdev_files[NR_FILES_TABLES];

/* current->mm of the calling thread (a native of user programs, src/mm/natives/user-mman.ts). */
struct mm_struct *current_mm(void);

/* The calling process's table, made at its first open; NULL when every table is taken. */
static struct files_struct *current_files(bool create)
{
	struct mm_struct *mm = current_mm();
	int i;

	for (i = 0; i < NR_FILES_TABLES; i++)
		if (chrdev_files[i].mm == mm)
			return &chrdev_files[i];
	if (!create)
		return NULL;
	for (i = 0; i < NR_FILES_TABLES; i++) {
		if (chrdev_files[i].mm == NULL) {
			chrdev_files[i].mm = mm;
			return &chrdev_files[i];
		}
	}
	return NULL;
}

static struct file *fdget(int fd)
{
	struct files_struct *files = current_files(false);

	if (!files || fd < FD_FIRST || fd >= NR_OPEN_DEFAULT)
		return NULL;
	return files->fd[fd];
}

/* Open /dev/<name>: the new descriptor, or -ENOENT (no such device), -EMFILE, ->open's error. */
long chrdev_sys_open(const char *path, int flags)
{
	struct files_struct *files;
	struct cdev *cdev;
	struct inode *inode;
	struct file *file;
	dev_t devt = 0;
	int fd, ret;

	cdev = chrdev_lookup(path, &devt);
	if (!cdev)
		return -CHRDEV_ENOENT;
	if (!cdev->ops || !cdev->ops->open)
		return -CHRDEV_ENXIO;
	files = current_files(true);
	if (!files)
		return -CHRDEV_EMFILE;
	for (fd = FD_FIRST; fd < NR_OPEN_DEFAULT; fd++)
		if (!files->fd[fd])
			break;
	if (fd == NR_OPEN_DEFAULT)
		return -CHRDEV_EMFILE;

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
	files->fd[fd] = file;
	return fd;
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

/* close(fd): the descriptor is gone whatever ->release returns, as in Linux. */
long chrdev_sys_close(int fd)
{
	struct files_struct *files = current_files(false);
	struct file *file = fdget(fd);
	struct inode *inode;

	if (!file)
		return -CHRDEV_EBADF;
	files->fd[fd] = NULL;
	inode = file->f_inode;
	set_current_task_mm(current_mm());
	if (file->f_op->release)
		file->f_op->release(inode, file);
	kfree(file);
	kfree(inode);
	return 0;
}
