import { NoopEntityCache } from './entity-cache';

describe('NoopEntityCache', () => {
  it('loads on every read and keeps nothing', async () => {
    const cache = new NoopEntityCache();
    const load = jest.fn().mockResolvedValue({ id: 'a' });

    await expect(cache.getOrLoad('k', ['t'], load)).resolves.toEqual({
      id: 'a',
    });
    await cache.invalidate();
    await cache.getOrLoad('k', ['t'], load);

    expect(load).toHaveBeenCalledTimes(2);
  });
});
