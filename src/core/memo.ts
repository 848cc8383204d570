const memos = new Map<string, unknown>();

/**
 * The value made once for `key`, then reused: for `Intl` objects and the answers read from them, which are costly
 * to make (the holiday calendar formats every day of its month on each render) and never change for a key.
 */
export function memo<T>(key: string, make: () => T): T {
  if (!memos.has(key)) memos.set(key, make());
  return memos.get(key) as T;
}
