#pragma once
/* #pragma once: read a single time whatever path names it. */
int once_only;
