// The 2016 HMM pfn helpers (hmm_pfn_t <-> struct page) as natives, so stepping through the
// migration code does not descend into one-line conversions. Encoding: src/mm/migrate-pfn.ts.

import type { NativeTable } from '../../c/native';
import { NULL, pagePtr } from '../../c/value';
import { HMM_PFN_SHIFT, HMM_PFN_VALID, hmmPfnFromPfn } from '../migrate-pfn';
import type { MmModel } from '../state';
import { argInt, fault, hexn } from './util';

export function hmmNatives(m: MmModel): NativeTable {
  return {
    hmm_pfn_to_page(ctx, args) {
      const v = BigInt.asUintN(64, argInt('hmm_pfn_to_page', args, 0));
      if ((v & HMM_PFN_VALID) === 0n) return NULL;
      const pfn = Number(v >> HMM_PFN_SHIFT);
      if (!m.pages[pfn]) fault('model', `hmm_pfn_to_page: slot names pfn ${hexn(pfn)}, which has no struct page`);
      return pagePtr(pfn);
    },
    hmm_pfn_from_pfn(ctx, args) {
      const pfn = BigInt.asUintN(64, argInt('hmm_pfn_from_pfn', args, 0));
      if (pfn >> (64n - HMM_PFN_SHIFT)) fault('bad-call', `hmm_pfn_from_pfn: pfn 0x${pfn.toString(16)} does not fit`);
      return hmmPfnFromPfn(Number(pfn));
    },
  };
}
