/* SPDX-License-Identifier: MIT */
/*
 * pthread.h - mmstep's user-space C library: the thread calls the selftests make.
 * A thread is a thread of the calling process (same mm, heap and open files);
 * pthread_t is its thread id (src/mm/natives/user-pthread.ts).
 */
#ifndef __MMSTEP_PTHREAD_H
#define __MMSTEP_PTHREAD_H

#include <sys/types.h>

typedef unsigned long pthread_t;
typedef struct __mmstep_pthread_attr pthread_attr_t;
typedef struct __mmstep_pthread_mutex {
	int locked;
} pthread_mutex_t;
typedef struct __mmstep_pthread_mutexattr pthread_mutexattr_t;

#define PTHREAD_MUTEX_INITIALIZER	{ 0 }

int pthread_create(pthread_t *thread, const pthread_attr_t *attr,
		   void *(*start_routine)(void *), void *arg);
int pthread_join(pthread_t thread, void **retval);
void pthread_exit(void *retval);
int pthread_detach(pthread_t thread);
pthread_t pthread_self(void);
int pthread_mutex_init(pthread_mutex_t *mutex, const pthread_mutexattr_t *attr);
int pthread_mutex_lock(pthread_mutex_t *mutex);
int pthread_mutex_unlock(pthread_mutex_t *mutex);

#endif /* __MMSTEP_PTHREAD_H */
