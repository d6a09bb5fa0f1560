/* Included several times (no guard): each copy declares the next counter slot. */
#include "sibling.h"
int leaf_counter_at_line_ = __LINE__ + __COUNTER__;
