// Tables keyed by a C name (macros, typedefs, functions, globals, enum constants, labels,
// natives ...). C names such as `toString`, `constructor`, `__proto__` or `hasOwnProperty` are
// also properties of every ordinary JavaScript object, so a plain `{}` would answer for names the
// program never declared and `name in table` would be true for them. Every such table is a
// null-prototype object made here: it has no inherited properties, `__proto__` is an ordinary
// key, and it still reads and writes like a Record (JSON, Object.entries, spread all work).

/** A new empty table with no prototype, optionally filled from `from` (own entries only). */
export function dict<T>(from?: Readonly<Record<string, T>>): Record<string, T> {
  const d = Object.create(null) as Record<string, T>;
  if (from) for (const k of Object.keys(from)) d[k] = from[k];
  return d;
}

/** `table[name]`, but only for the table's own entries (for tables made elsewhere as `{}`). */
export function own<T>(table: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
}

/** `name in table`, for the table's own entries only. */
export function has(table: Readonly<Record<string, unknown>>, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, name);
}
