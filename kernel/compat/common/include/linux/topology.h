/* SPDX-License-Identifier: MIT */
/*
 * mmstep compat: NUMA topology (linux/topology.h), written for mmstep. The model has one
 * memory node: every CPU is on node 0.
 */
#ifndef _MMSTEP_COMPAT_LINUX_TOPOLOGY_H
#define _MMSTEP_COMPAT_LINUX_TOPOLOGY_H

#define NUMA_NO_NODE	(-1)

static inline int numa_node_id(void)
{
	return 0;
}

#endif /* _MMSTEP_COMPAT_LINUX_TOPOLOGY_H */
