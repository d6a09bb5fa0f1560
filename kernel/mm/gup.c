// SPDX-License-Identifier: MIT
/*
 * mmstep: pinning one user page (pin_user_pages, FOLL_PIN [| FOLL_LONGTERM]) for a scenario's
 * "GUP pinner" thread. Written for mmstep: the page-table lookup and the pin itself are the
 * native gup_try_pin(); when the page is not there (or not writable for a write pin, or is a
 * device-private entry) the fault path is run, as GUP does, and the lookup retried.
 */
#define MMSTEP_CURRENT_API
#include <linux/mm.h>
#include <linux/mm_fault.h>
#include <linux/mm_user.h>

int pin_user_page(struct mm_struct *mm, unsigned long addr, int write, int longterm,
		  struct page **pagep)
{
	for (;;) {
		int r;

		r = gup_try_pin(mm, addr, write, longterm, pagep);
		if (r <= 0)
			return r;
		/* FOLL_LONGTERM on device-coherent memory would migrate it out first */
		if (r == 2)
			return -EBUSY;

		if (fault_in_user_page(mm, addr, write))
			return -EFAULT;
	}
}
