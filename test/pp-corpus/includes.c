/* Includes: quote and angle forms, computed includes, guards, #pragma once, nested directories. */
#include "include/guarded.h"
#include "include/guarded.h"
#include <guarded.h>
#define HDR_NAME "include/sub/leaf.h"
#include HDR_NAME
#define ANGLE_HDR <sub/leaf.h>
#include ANGLE_HDR
#define STR(x) #x
#define XSTR(x) STR(x)
#define LEAF sub/leaf.h
#include XSTR(include/LEAF)
#include "include/once.h"
#include "include/once.h"
#include "include/sub/../once.h"
int guard_count = GUARDED_COUNT;
int main_line = __LINE__;
const char *main_file = __FILE__;
int level = __INCLUDE_LEVEL__;
