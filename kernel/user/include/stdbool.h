/* SPDX-License-Identifier: MIT */
/* stdbool.h - mmstep's user-space C library: bool, true and false are built in. */
#ifndef __MMSTEP_STDBOOL_H
#define __MMSTEP_STDBOOL_H
#define __bool_true_false_are_defined 1
#endif /* __MMSTEP_STDBOOL_H */
