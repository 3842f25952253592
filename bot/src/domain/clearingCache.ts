// A cache that empties itself when full: for values that are cheap to compute again and keys that repeat (the
// words of questions, conversation ids, a day's times). No eviction order to keep, so a hit costs one Map look-up.

/** Values by key, at most `limit` of them; adding to a full cache first empties it. */
export class ClearingCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** Stores the value and returns it. */
  set(key: K, value: V): V {
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
    return value;
  }
}
