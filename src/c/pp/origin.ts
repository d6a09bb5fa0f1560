// Reading the origin map: from a position in the preprocessed text (tree-sitter's 0-based row
// and column) to the token there and where it came from — its spelling, the expansion chain
// (innermost first) and the position the user sees in the editor (the outermost invocation for
// code from a macro, the spelling otherwise). A row's tokens are found through rowFirst, then a
// binary search on their columns.

import type { OriginMap } from './output';

export interface SourcePos {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based */
  col: number;
}

export interface ExpansionStep {
  macro: string;
  /** Where the macro name was spelled for this expansion. */
  invocation: SourcePos;
  /** The #define's macro name (file '' for predefined macros). */
  definition: SourcePos;
}

export interface Origin {
  token: number;
  /** Where the token's text is spelled (a #define body for tokens of a macro body). */
  spelling: SourcePos;
  /** The editor position: the outermost invocation for macro output, else the spelling. */
  at: SourcePos;
  chain: ExpansionStep[];
}

/** Index of the token covering (row, col) of the output — or the last one starting before it
 *  on that row, or the first one after it when none does; -1 when the row has no tokens. */
export function tokenAt(map: OriginMap, row: number, col: number): number {
  if (row < 0 || row + 1 >= map.rowFirst.length) return -1;
  let lo = map.rowFirst[row];
  const end = map.rowFirst[row + 1];
  if (lo >= end) return -1;
  let hi = end - 1;
  if (map.outCol[lo] > col) return lo;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.outCol[mid] <= col) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the token covering UTF-16 offset `offset` of the output (or the one before it). */
export function tokenAtOffset(map: OriginMap, offset: number): number {
  let lo = 0, hi = map.count - 1;
  if (hi < 0) return -1;
  if (map.outOffset[0] > offset) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.outOffset[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function pos(map: OriginMap, file: number, line: number, col: number): SourcePos {
  return { file: file >= 0 ? map.files[file] : '', line, col };
}

/** The editor position of token `i` (outermost invocation, or its spelling). */
export function userPosition(map: OriginMap, i: number): SourcePos {
  const x = map.expansion[i];
  if (x >= 0) {
    const e = map.expansions[x];
    return pos(map, e.rootFile, e.rootLine, e.rootCol);
  }
  return pos(map, map.file[i], map.line[i], map.col[i]);
}

export function expansionChain(map: OriginMap, i: number): ExpansionStep[] {
  const chain: ExpansionStep[] = [];
  for (let x = map.expansion[i]; x >= 0 && chain.length < 10000; x = map.expansions[x].parent) {
    const e = map.expansions[x];
    chain.push({ macro: e.macro, invocation: pos(map, e.file, e.line, e.col), definition: pos(map, e.defFile, e.defLine, e.defCol) });
  }
  return chain;
}

export function originOf(map: OriginMap, i: number): Origin {
  return { token: i, spelling: pos(map, map.file[i], map.line[i], map.col[i]), at: userPosition(map, i), chain: expansionChain(map, i) };
}

/** Origin of the output position (row, col), as tree-sitter gives a node's startPosition. */
export function originAt(map: OriginMap, row: number, col: number): Origin | null {
  const i = tokenAt(map, row, col);
  return i < 0 ? null : originOf(map, i);
}
