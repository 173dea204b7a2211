import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { validateEnv } from '../src/config/env.validation';
import { TrustProxy } from '../src/config/trust-proxy';
import { createTestApp } from './support/app';

// Addresses no other test uses: with redis-cache, rate-limit counts outlive an app.
const PROXY = '10.77.0.1';
const UNTRUSTED_PEER = '203.0.113.77';
const client = (i: number) => `10.78.0.${i % 250}`;

// The rate limit counts requests per client address (request.ip): these
// tests read which address that is from whether the limit is reached.
describe('Client address behind proxies (e2e)', () => {
  const env = validateEnv(process.env);
  let app: NestFastifyApplication;

  async function useApp(trustProxy: TrustProxy): Promise<void> {
    await app?.close();
    app = await createTestApp({ trustProxy });
  }

  /** The status of each of `count` requests; `from(i)` gives the i-th's peer and header. */
  async function statuses(
    count: number,
    from: (i: number) => { peer: string; forwardedFor: string },
  ): Promise<number[]> {
    const seen: number[] = [];
    for (let i = 0; i < count; i++) {
      const { peer, forwardedFor } = from(i);
      const res = await app.inject({
        method: 'POST',
        url: '/e2e-probe',
        remoteAddress: peer,
        headers: { 'x-forwarded-for': forwardedFor },
        payload: { email: 'ann@example.com', name: 'Ann' },
      });
      seen.push(res.statusCode);
    }
    return seen;
  }

  afterAll(async () => {
    await app?.close();
  });

  describe('trusting a list of proxy addresses', () => {
    beforeAll(async () => {
      await useApp([PROXY]);
    });

    it('ignores the X-Forwarded-For of a peer that is not a trusted proxy', async () => {
      const seen = await statuses(env.THROTTLE_LIMIT + 1, (i) => ({
        peer: UNTRUSTED_PEER,
        forwardedFor: client(i),
      }));

      expect(seen.at(-1)).toBe(429);
    });

    it('counts each client a trusted proxy forwards on its own', async () => {
      const seen = await statuses(env.THROTTLE_LIMIT + 1, (i) => ({
        peer: PROXY,
        forwardedFor: client(i),
      }));

      expect(seen.filter((status) => status === 429)).toEqual([]);
    });
  });

  describe('trusting a hop count', () => {
    beforeAll(async () => {
      await useApp(1);
    });

    it('takes the client from the one trusted hop, whatever precedes it', async () => {
      const seen = await statuses(env.THROTTLE_LIMIT + 1, (i) => ({
        peer: PROXY,
        forwardedFor: `${client(i)}, 10.79.0.44`,
      }));

      expect(seen.at(-1)).toBe(429);
    });

    it('counts each client the proxy forwards on its own', async () => {
      const seen = await statuses(env.THROTTLE_LIMIT + 1, (i) => ({
        peer: PROXY,
        forwardedFor: client(i),
      }));

      expect(seen.filter((status) => status === 429)).toEqual([]);
    });
  });
});
