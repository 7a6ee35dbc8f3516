/**
 * A small least-recently-used cache of computed values, each kept under the generation of the
 * data it was computed from. Concurrent misses for the same key share one computation, so a
 * burst of identical searches costs the database one query.
 */
export class PageCache<V> {
  private readonly entries = new Map<string, Promise<V>>();

  constructor(private readonly maxEntries: number) {}

  get enabled(): boolean {
    return this.maxEntries > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  async get(generation: string, key: string, compute: () => Promise<V>): Promise<V> {
    if (!this.enabled) return compute();
    const fullKey = `${generation}\u0000${key}`;
    const cached = this.entries.get(fullKey);
    if (cached) {
      // Map keeps insertion order: re-inserting marks the entry as the most recently used.
      this.entries.delete(fullKey);
      this.entries.set(fullKey, cached);
      return cached;
    }
    const pending = compute();
    this.entries.set(fullKey, pending);
    // A failed computation is not cached: the next request tries again.
    pending.catch(() => this.entries.get(fullKey) === pending && this.entries.delete(fullKey));
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return pending;
  }
}
