// Shared helpers of the preprocessor tests: preprocess a text with an in-memory file system,
// and compare results as token sequences (whitespace normalised by re-lexing).

import { preprocess, type PreprocessOptions, type PreprocessResult } from '../../../../src/c/pp';
import { lex } from '../../../../src/c/pp/lexer';

export interface Run extends PreprocessResult {
  /** Output token texts joined by single spaces. */
  toks: string;
  /** Paths handed to readFile, in order. */
  reads: string[];
  errors: string[];
  warnings: string[];
}

export function toks(text: string): string {
  return lex(text, 0).tokens.map((t) => t.text).join(' ');
}

/** Preprocess `main.c` = `text`; `files` maps further paths to their texts. */
export function pp(text: string, files: Record<string, string> = {}, opts: Partial<PreprocessOptions> = {}): Run {
  const reads: string[] = [];
  const fs = new Map(Object.entries(files));
  const r = preprocess('main.c', text, {
    readFile: (p) => {
      reads.push(p);
      return fs.get(p);
    },
    ...opts,
  });
  const fmt = (d: { file: string; line: number; col: number; message: string }) => `${d.file}:${d.line}:${d.col}: ${d.message}`;
  return {
    ...r,
    toks: toks(r.text),
    reads,
    errors: r.diagnostics.filter((d) => d.severity === 'error').map(fmt),
    warnings: r.diagnostics.filter((d) => d.severity === 'warning').map(fmt),
  };
}

/** Index of the n-th (0-based) output token spelled `text`. */
export function findTok(r: PreprocessResult, text: string, n = 0): number {
  for (let i = 0; i < r.map.count; i++) {
    const s = r.text.slice(r.map.outOffset[i], r.map.outOffset[i] + r.map.outLen[i]);
    if (s === text && n-- === 0) return i;
  }
  throw new Error(`token ${text} not in output: ${r.text}`);
}
