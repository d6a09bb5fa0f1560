/* SPDX-License-Identifier: MIT */
/*
 * mmstep modelled API: locks embedded in a driver's own structures (struct mutex, a spinlock_t
 * member). Written for mmstep.
 *
 * Why: kernel/'s C only takes the model's own locks (page-table locks, page locks) through
 * pointers to model objects. A kernel tree's driver (lib/test_hmm.c) embeds a struct mutex and
 * a spinlock_t in structs it allocates itself, so the lock is a word of C memory: 0 when free,
 * the holder's thread id + 1 when held. A thread that finds it held sleeps until the holder
 * unlocks; taking a lock one already holds, or unlocking one held by another thread, stops the
 * run at the line.
 */
#ifndef _MMSTEP_LINUX_LOCKWORD_H
#define _MMSTEP_LINUX_LOCKWORD_H

/* The word the natives read and write is the first field. */
struct mutex {
	long owner;
};

void mutex_init(struct mutex *lock);
void mutex_lock(struct mutex *lock);
int mutex_trylock(struct mutex *lock);
void mutex_unlock(struct mutex *lock);
bool mutex_is_locked(struct mutex *lock);
void mutex_destroy(struct mutex *lock);

struct spinlock;
/* A spinlock_t of C memory (its first field is the word), or a model lock (delegated). */
void spin_lock_init(struct spinlock *lock);
void spin_lock_any(struct spinlock *lock);
void spin_unlock_any(struct spinlock *lock);

#endif /* _MMSTEP_LINUX_LOCKWORD_H */
