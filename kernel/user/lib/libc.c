// SPDX-License-Identifier: MIT
/*
 * libc.c - the part of mmstep's user-space C library that is plain C.
 *
 * Why: a selftest links against libc; what needs no model state (errno, the
 * stdio streams, ffs, strtol, strerror, sysconf's constants) is ordinary C
 * here, so a reviewer steps through it like the test itself.  What touches
 * memory or the system (mmap, open, ioctl, fork, ...) is a native of the
 * model; exit, _exit and abort are natives of the selftest runner.  The
 * selftest runner (src/sim/selftest.ts) compiles this file with every test
 * file.  Written for mmstep.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <assert.h>
#include <fcntl.h>
#include <time.h>
#include <sys/mman.h>
#include <sys/time.h>

int errno;

FILE __mmstep_stdin = { 0 };
FILE __mmstep_stdout = { 1 };
FILE __mmstep_stderr = { 2 };

int fflush(FILE *stream)
{
	return 0;
}

int puts(const char *s)
{
	return printf("%s\n", s);
}

int putchar(int c)
{
	printf("%c", c);
	return c & 0xff;
}

char *strerror(int errnum)
{
	switch (errnum) {
	case 0:		return "Success";
	case EPERM:	return "Operation not permitted";
	case ENOENT:	return "No such file or directory";
	case EINTR:	return "Interrupted system call";
	case EIO:	return "Input/output error";
	case EBADF:	return "Bad file descriptor";
	case ECHILD:	return "No child processes";
	case EAGAIN:	return "Resource temporarily unavailable";
	case ENOMEM:	return "Cannot allocate memory";
	case EACCES:	return "Permission denied";
	case EFAULT:	return "Bad address";
	case EBUSY:	return "Device or resource busy";
	case EEXIST:	return "File exists";
	case ENODEV:	return "No such device";
	case EINVAL:	return "Invalid argument";
	case ENOTTY:	return "Inappropriate ioctl for device";
	case ENOSPC:	return "No space left on device";
	case ERANGE:	return "Numerical result out of range";
	case ENOSYS:	return "Function not implemented";
	case EOPNOTSUPP: return "Operation not supported";
	}
	return "Unknown error";
}

void perror(const char *s)
{
	if (s && *s)
		printf("%s: %s\n", s, strerror(errno));
	else
		printf("%s\n", strerror(errno));
}

void __mmstep_assert_fail(const char *expr, const char *file, int line)
{
	printf("%s:%d: Assertion `%s' failed.\n", file, line, expr);
	abort();
}

int ffs(int i)
{
	unsigned int v = i;
	int bit = 1;

	if (!v)
		return 0;
	while (!(v & 1)) {
		v >>= 1;
		bit++;
	}
	return bit;
}

int ffsl(long i)
{
	unsigned long v = i;
	int bit = 1;

	if (!v)
		return 0;
	while (!(v & 1)) {
		v >>= 1;
		bit++;
	}
	return bit;
}

static int digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 99;
}

unsigned long strtoul(const char *nptr, char **endptr, int base)
{
	const char *s = nptr;
	unsigned long v = 0;
	int neg = 0;
	int any = 0;

	while (*s == ' ' || *s == '\t' || *s == '\n')
		s++;
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	if ((base == 0 || base == 16) && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		s += 2;
		base = 16;
	} else if (base == 0) {
		base = s[0] == '0' ? 8 : 10;
	}
	while (digit_value(*s) < base) {
		v = v * base + digit_value(*s);
		s++;
		any = 1;
	}
	if (endptr)
		*endptr = (char *)(any ? s : nptr);
	return neg ? -v : v;
}

long strtol(const char *nptr, char **endptr, int base)
{
	return (long)strtoul(nptr, endptr, base);
}

int atoi(const char *nptr)
{
	return (int)strtol(nptr, NULL, 10);
}

long atol(const char *nptr)
{
	return strtol(nptr, NULL, 10);
}

int abs(int j)
{
	return j < 0 ? -j : j;
}

long labs(long j)
{
	return j < 0 ? -j : j;
}

/* The model's page size (4 KiB) and one CPU per simulated thread. */
long sysconf(int name)
{
	switch (name) {
	case _SC_PAGESIZE:
		return 4096;
	case _SC_CLK_TCK:
		return 100;
	case _SC_OPEN_MAX:
		return 1024;
	case _SC_NPROCESSORS_CONF:
	case _SC_NPROCESSORS_ONLN:
		return 1;
	}
	errno = EINVAL;
	return -1;
}

int getpagesize(void)
{
	return 4096;
}

/*
 * open, read, write, ioctl and close: system calls into the kernel side of the model
 * (kernel/fs/chrdev_syscalls.c), which reaches the driver's file_operations.
 * A negative return is -errno there; here it becomes -1 and errno, as the
 * C library's system call wrappers do.  Character devices under /dev/ and
 * debugfs files under /sys/kernel/debug/ are looked up among what drivers
 * registered (a name nothing registered is ENOENT, as on a kernel built
 * without that driver).  Two files outside /dev/ are modelled as well: an
 * unnamed file on tmpfs (open("/tmp", O_TMPFILE | O_RDWR), kernel/fs/
 * tmpfs_file.c) and /proc/meminfo (kernel/fs/proc_meminfo.c).  Any other path
 * goes to vfs_open, which has no body, so the test stops there as a SKIP
 * naming it (named regular files and the rest of /proc are not modelled).
 * pread, pwrite, lseek and ftruncate enter the same file's f_op.
 */
long chrdev_sys_open(const char *path, int flags);
long chrdev_sys_read(int fd, char *buf, unsigned long count);
long chrdev_sys_write(int fd, const char *buf, unsigned long count);
long chrdev_sys_ioctl(int fd, unsigned int cmd, unsigned long arg);
long chrdev_sys_close(int fd);
long chrdev_sys_pread(int fd, char *buf, unsigned long count, long long pos);
long chrdev_sys_pwrite(int fd, const char *buf, unsigned long count, long long pos);
long chrdev_sys_lseek(int fd, long offset, int whence);
long chrdev_sys_ftruncate(int fd, long long length);
int vfs_open(const char *pathname, int flags);

static int syscall_ret(long ret)
{
	if (ret < 0) {
		errno = -ret;
		return -1;
	}
	return ret;
}

static int has_prefix(const char *p, const char *prefix)
{
	while (*prefix && *p == *prefix) {
		p++;
		prefix++;
	}
	return *prefix == 0 && *p != 0;
}

static int is_dev_path(const char *p)
{
	return has_prefix(p, "/dev/") || has_prefix(p, "/sys/kernel/debug/");
}

static int path_eq(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

/* The files the model has outside /dev/: an O_TMPFILE on /tmp, /proc/meminfo. */
static int is_modelled_file(const char *p, int flags)
{
	if ((flags & O_TMPFILE) == O_TMPFILE && (path_eq(p, "/tmp") || path_eq(p, "/tmp/")))
		return 1;
	return path_eq(p, "/proc/meminfo");
}

int open(const char *pathname, int flags, ...)
{
	if (!is_dev_path(pathname) && !is_modelled_file(pathname, flags))
		return vfs_open(pathname, flags);
	return syscall_ret(chrdev_sys_open(pathname, flags));
}

static ssize_t syscall_ret_long(long ret)
{
	if (ret < 0) {
		errno = -ret;
		return -1;
	}
	return ret;
}

/*
 * read and write: a device's ->read / ->write.  The stdio descriptors have no
 * file behind them here: writing to 1 or 2 prints (as printf does), reading 0
 * is end of file.
 */
ssize_t read(int fd, void *buf, size_t count)
{
	if (fd == STDIN_FILENO)
		return 0;
	return syscall_ret_long(chrdev_sys_read(fd, buf, count));
}

ssize_t write(int fd, const void *buf, size_t count)
{
	const char *p = buf;
	size_t i;

	if (fd == STDOUT_FILENO || fd == STDERR_FILENO) {
		for (i = 0; i < count; i++)
			putchar(p[i]);
		return count;
	}
	return syscall_ret_long(chrdev_sys_write(fd, buf, count));
}

ssize_t pread(int fd, void *buf, size_t count, off_t offset)
{
	return syscall_ret_long(chrdev_sys_pread(fd, buf, count, offset));
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset)
{
	return syscall_ret_long(chrdev_sys_pwrite(fd, buf, count, offset));
}

off_t lseek(int fd, off_t offset, int whence)
{
	return syscall_ret_long(chrdev_sys_lseek(fd, offset, whence));
}

int ftruncate(int fd, off_t length)
{
	return syscall_ret(chrdev_sys_ftruncate(fd, length));
}

/* sys/ioctl.h passes the optional third argument as an unsigned long. */
int __mmstep_ioctl(int fd, unsigned long request, unsigned long arg)
{
	return syscall_ret(chrdev_sys_ioctl(fd, request, arg));
}

int close(int fd)
{
	return syscall_ret(chrdev_sys_close(fd));
}

/*
 * memfd_create: an unnamed tmpfs file, the same object as open("/tmp", O_TMPFILE | O_RDWR)
 * (mm/memfd.c makes a shmem file too); the name only shows in /proc/<pid>/fd, which the model
 * does not have. Flags other than MFD_CLOEXEC and MFD_ALLOW_SEALING, or a name longer than
 * 249 bytes, are EINVAL as in Linux; MFD_HUGETLB is EINVAL too (hugetlbfs files are not
 * modelled, as on a kernel without CONFIG_HUGETLBFS). Seals are not kept.
 */
int memfd_create(const char *name, unsigned int flags)
{
	if (!name || strlen(name) > 249 ||
	    (flags & ~(MFD_CLOEXEC | MFD_ALLOW_SEALING))) {
		errno = EINVAL;
		return -1;
	}
	return syscall_ret(chrdev_sys_open("/tmp", O_TMPFILE | O_RDWR));
}

/* gettimeofday: CLOCK_REALTIME of the model's clock in microseconds; no time zone. */
int gettimeofday(struct timeval *tv, struct timezone *tz)
{
	struct timespec ts;

	if (tv) {
		clock_gettime(CLOCK_REALTIME, &ts);
		tv->tv_sec = ts.tv_sec;
		tv->tv_usec = ts.tv_nsec / 1000;
	}
	return 0;
}
