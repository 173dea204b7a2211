import { LruCache } from './lru-cache';

describe('LruCache', () => {
  let now: number;
  const clock = () => now;

  beforeEach(() => {
    now = 1_000;
  });

  it('returns what was set until its TTL runs out', () => {
    const cache = new LruCache<string>(10, clock);
    cache.set('a', 'A', 500);

    now += 499;
    expect(cache.get('a')).toBe('A');
    now += 1;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('evicts the least recently used entry when full', () => {
    const cache = new LruCache<number>(2, clock);
    cache.set('a', 1, 1_000);
    cache.set('b', 2, 1_000);
    cache.get('a');

    cache.set('c', 3, 1_000);

    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('replaces an entry without growing', () => {
    const cache = new LruCache<number>(2, clock);
    cache.set('a', 1, 1_000);
    cache.set('a', 2, 1_000);

    expect(cache.get('a')).toBe(2);
    expect(cache.size).toBe(1);
  });

  it('stores nothing when its size is 0', () => {
    const cache = new LruCache<number>(0, clock);
    cache.set('a', 1, 1_000);

    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('deletes one entry or all of them', () => {
    const cache = new LruCache<number>(5, clock);
    cache.set('a', 1, 1_000);
    cache.set('b', 2, 1_000);

    expect(cache.delete('a')).toBe(true);
    expect(cache.delete('a')).toBe(false);
    cache.clear();
    expect(cache.get('b')).toBeUndefined();
  });
});
