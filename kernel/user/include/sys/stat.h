/* SPDX-License-Identifier: MIT */
/* sys/stat.h - mmstep's user-space C library: file modes and stat (x86-64 Linux values). */
#ifndef __MMSTEP_SYS_STAT_H
#define __MMSTEP_SYS_STAT_H

#include <sys/types.h>

#define S_IFMT		0170000
#define S_IFREG		0100000
#define S_IFDIR		0040000
#define S_IRWXU		0700
#define S_IRUSR		0400
#define S_IWUSR		0200
#define S_IXUSR		0100
#define S_IRGRP		0040
#define S_IWGRP		0020
#define S_IROTH		0004
#define S_IWOTH		0002

struct stat {
	dev_t		st_dev;
	ino_t		st_ino;
	nlink_t		st_nlink;
	mode_t		st_mode;
	uid_t		st_uid;
	gid_t		st_gid;
	dev_t		st_rdev;
	off_t		st_size;
	blksize_t	st_blksize;
	blkcnt_t	st_blocks;
};

int stat(const char *pathname, struct stat *statbuf);
int fstat(int fd, struct stat *statbuf);
int mkdir(const char *pathname, mode_t mode);

#endif /* __MMSTEP_SYS_STAT_H */
