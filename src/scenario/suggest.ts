// "Did you mean …" for a misspelt name in a scenario: an entry or thread function, an invariant,
// a key, an enum value, a C source. The candidates are what the name could have been; the
// nearest ones by optimal-string-alignment distance (Damerau–Levenshtein with adjacent
// transpositions, `isoalte` → `isolate` is 1) within a bound that grows with the name's length,
// plus names that differ only in case or `_`/`-`. Pure and cheap: used by the CLI, the debugger's
// load errors and the editor's diagnostics alike.

/** Optimal string alignment distance (insert, delete, substitute, swap two adjacent), at most `max + 1`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2: number[] = new Array<number>(n + 1).fill(0);
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = new Array<number>(n + 1);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}

/** How far a candidate may be from a name of this length: 1 up to 4 characters, then a third. */
export function maxDistanceFor(name: string): number {
  return name.length <= 4 ? 1 : Math.max(2, Math.floor(name.length / 3));
}

function fold(s: string): string {
  return s.toLowerCase().replace(/[-_]/g, '');
}

/**
 * The candidates nearest to `name` (best first, at most `limit`), or [] when none is close.
 * A candidate equal to `name` is not a suggestion; candidates are deduplicated.
 */
export function suggestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
  if (name === '') return [];
  const max = maxDistanceFor(name);
  const scored: { c: string; d: number }[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (c === name || seen.has(c)) continue;
    seen.add(c);
    // Same letters but for case and separators: the best kind of suggestion.
    const d = fold(c) === fold(name) ? 0.5 : editDistance(name.toLowerCase(), c.toLowerCase(), max);
    if (d <= max) scored.push({ c, d });
  }
  scored.sort((x, y) => x.d - y.d || x.c.length - y.c.length || (x.c < y.c ? -1 : 1));
  if (scored.length === 0) return [];
  // Only the best distance and the next one: a far candidate next to a near one is noise.
  const best = scored[0].d;
  return scored.filter((s) => s.d <= best + 1).slice(0, limit).map((s) => s.c);
}

/** `did you mean 'x'?` / `did you mean 'x' or 'y'?`, or '' when nothing is close. */
export function meant(name: string, candidates: Iterable<string>, quote = "'"): string {
  const s = suggestNames(name, candidates);
  if (s.length === 0) return '';
  const q = s.map((x) => `${quote}${x}${quote}`);
  return `did you mean ${q.length === 1 ? q[0] : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`}?`;
}

/** `; did you mean 'x'?` to end a message, or ''. */
export function didYouMean(name: string, candidates: Iterable<string>, quote = "'"): string {
  const m = meant(name, candidates, quote);
  return m ? `; ${m}` : '';
}

/** The suggested names of a message that didYouMean() ended (for quick fixes in the editor). */
export function suggestionsIn(message: string): string[] {
  const m = /did you mean (.+?)\?/.exec(message);
  if (!m) return [];
  return [...m[1].matchAll(/['"`]([^'"`]+)['"`]/g)].map((x) => x[1]);
}
