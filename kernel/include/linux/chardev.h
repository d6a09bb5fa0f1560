/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: character devices for a kernel tree's driver (lib/test_hmm.c registers
 * /dev/hmm_dmirror<N> with cdev_device_add). Written for mmstep.
 *
 * Why natives: the registry of devices (dev_t -> the driver's struct cdev and its
 * file_operations) is model state, so a later open("/dev/hmm_dmirror0") can find the driver's
 * .open / .unlocked_ioctl / .release. The structs live in the driver's C memory; the natives
 * read and write them by position, so the first fields keep this order (the compat headers
 * linux/cdev.h, linux/device.h and linux/fs.h include this file).
 */
#ifndef _MMSTEP_LINUX_CHARDEV_H
#define _MMSTEP_LINUX_CHARDEV_H

typedef unsigned int dev_t;

#define MINORBITS	20
#define MINORMASK	((1U << MINORBITS) - 1)
#define MAJOR(dev)	((unsigned int)((dev) >> MINORBITS))
#define MINOR(dev)	((unsigned int)((dev) & MINORMASK))
#define MKDEV(ma, mi)	(((ma) << MINORBITS) | (mi))

struct module;
struct file;
struct vm_area_struct;

struct inode {
	dev_t i_rdev;
	struct cdev *i_cdev;
};

struct file {
	const struct file_operations *f_op;
	void *private_data;
	struct inode *f_inode;
	unsigned int f_flags;
	long long f_pos;		/* loff_t: where read and write go on */
};

/*
 * The callbacks a driver registers; mmstep's open path calls open, read, write,
 * unlocked_ioctl, mmap and release (kernel/fs/chrdev_syscalls.c; mmap from the native mmap,
 * src/mm/natives/file-mmap.ts, which reads f_op and its mmap by position). read and write are
 * ssize_t (*)(struct file *, char __user *, size_t, loff_t *) in Linux.
 */
struct file_operations {
	struct module *owner;
	long (*llseek)(struct file *file, long offset, int whence);
	long (*unlocked_ioctl)(struct file *file, unsigned int cmd, unsigned long arg);
	long (*compat_ioctl)(struct file *file, unsigned int cmd, unsigned long arg);
	int (*mmap)(struct file *file, struct vm_area_struct *vma);
	int (*open)(struct inode *inode, struct file *file);
	int (*release)(struct inode *inode, struct file *file);
	long (*read)(struct file *file, char *buf, unsigned long count, long long *ppos);
	long (*write)(struct file *file, const char *buf, unsigned long count, long long *ppos);
};

/* Natives read ops (slot 1) and dev (slot 2); cdev_init clears the rest. */
struct cdev {
	struct module *owner;
	const struct file_operations *ops;
	dev_t dev;
	unsigned int count;
};

/* Natives read devt (slot 0); the name set by dev_set_name is kept by the model. */
struct device {
	dev_t devt;
	const char *init_name;
	void *driver_data;
};

int alloc_chrdev_region(dev_t *dev, unsigned int baseminor, unsigned int count,
			const char *name);
void unregister_chrdev_region(dev_t from, unsigned int count);
void cdev_init(struct cdev *cdev, const struct file_operations *fops);
int cdev_add(struct cdev *cdev, dev_t dev, unsigned int count);
void cdev_del(struct cdev *cdev);
int cdev_device_add(struct cdev *cdev, struct device *dev);
void cdev_device_del(struct cdev *cdev, struct device *dev);
void device_initialize(struct device *dev);
int dev_set_name(struct device *dev, const char *fmt, ...);
void put_device(struct device *dev);
long default_llseek(struct file *file, long offset, int whence);

/*
 * The registry, for mmstep's open path (kernel/lib/chrdev_open.c): the struct cdev of the
 * device named `name` ("hmm_dmirror0", or "/dev/hmm_dmirror0") and its dev_t, or NULL.
 */
struct cdev *chrdev_lookup(const char *name, dev_t *devt);
/* Devices registered now (cdev_add / cdev_device_add and not yet deleted). */
int chrdev_count(void);

#endif /* _MMSTEP_LINUX_CHARDEV_H */
