import { PageCache } from './page-cache';

describe('PageCache', () => {
  it('computes once for concurrent identical requests and keeps the result', async () => {
    const cache = new PageCache<number>(10);
    let runs = 0;
    const compute = async () => {
      runs++;
      await new Promise((r) => setTimeout(r, 5));
      return 42;
    };
    const results = await Promise.all([1, 2, 3].map(() => cache.get('1', 'k', compute)));
    expect(results).toEqual([42, 42, 42]);
    expect(await cache.get('1', 'k', compute)).toBe(42);
    expect(runs).toBe(1);
  });

  it('computes again under a new generation', async () => {
    const cache = new PageCache<string>(10);
    expect(await cache.get('1', 'k', async () => 'old')).toBe('old');
    expect(await cache.get('2', 'k', async () => 'new')).toBe('new');
  });

  it('evicts the least recently used entry', async () => {
    const cache = new PageCache<string>(2);
    await cache.get('1', 'a', async () => 'a');
    await cache.get('1', 'b', async () => 'b');
    await cache.get('1', 'a', async () => 'a again'); // a is now the most recent
    await cache.get('1', 'c', async () => 'c');
    expect(cache.size).toBe(2);
    expect(await cache.get('1', 'a', async () => 'recomputed')).toBe('a');
    expect(await cache.get('1', 'b', async () => 'recomputed')).toBe('recomputed');
  });

  it('does not keep a failure', async () => {
    const cache = new PageCache<string>(2);
    await expect(cache.get('1', 'k', async () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.get('1', 'k', async () => 'ok')).toBe('ok');
  });

  it('passes straight through when turned off', async () => {
    const cache = new PageCache<number>(0);
    let runs = 0;
    await cache.get('1', 'k', async () => ++runs);
    await cache.get('1', 'k', async () => ++runs);
    expect(runs).toBe(2);
    expect(cache.size).toBe(0);
  });
});
