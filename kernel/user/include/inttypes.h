/* SPDX-License-Identifier: MIT */
/* inttypes.h - mmstep's user-space C library: printf conversions of stdint.h's types (LP64). */
#ifndef __MMSTEP_INTTYPES_H
#define __MMSTEP_INTTYPES_H

#include <stdint.h>

#define PRId8	"d"
#define PRId16	"d"
#define PRId32	"d"
#define PRId64	"ld"
#define PRIi64	"li"
#define PRIu8	"u"
#define PRIu16	"u"
#define PRIu32	"u"
#define PRIu64	"lu"
#define PRIx32	"x"
#define PRIx64	"lx"
#define PRIX64	"lX"
#define PRIo64	"lo"

#endif /* __MMSTEP_INTTYPES_H */
