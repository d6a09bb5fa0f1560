/* SPDX-License-Identifier: MIT */
/*
 * stdio.h - mmstep's user-space C library.
 * Why: a selftest prints through printf, fprintf(stderr, ...) and perror.
 * printf and snprintf are natives of the interpreter; a run has one output
 * stream, so fprintf writes what printf writes, whatever the stream.  The C
 * subset has no variadic C functions, so fprintf is a macro.
 */
#ifndef __MMSTEP_STDIO_H
#define __MMSTEP_STDIO_H

#include <stddef.h>

typedef struct __mmstep_file {
	int fd;
} FILE;

extern FILE __mmstep_stdin, __mmstep_stdout, __mmstep_stderr;
#define stdin	(&__mmstep_stdin)
#define stdout	(&__mmstep_stdout)
#define stderr	(&__mmstep_stderr)

#define EOF	(-1)
#define BUFSIZ	8192

int printf(const char *fmt, ...);
int sprintf(char *buf, const char *fmt, ...);
int snprintf(char *buf, size_t size, const char *fmt, ...);

#define fprintf(stream, ...)	((void)(stream), printf(__VA_ARGS__))
#define dprintf(fd, ...)	((void)(fd), printf(__VA_ARGS__))

int fflush(FILE *stream);
int puts(const char *s);
int putchar(int c);
void perror(const char *s);

#endif /* __MMSTEP_STDIO_H */
