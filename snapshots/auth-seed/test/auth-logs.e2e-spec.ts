import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { createTestApp } from './support/app';

// A file of its own: nestjs-pino keeps one root logger per process (per jest
// test file), bound by the first app a file creates.
describe('Auth logs (e2e)', () => {
  it('never writes a password to the logs', async () => {
    const written: string[] = [];
    // The app's real pino pipeline, written to memory instead of stdout.
    const logs = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written.push(chunk.toString());
        done();
      },
    });
    const app = await createTestApp({ as: 'anonymous', logs });
    try {
      const secret = `never-log-me-${randomUUID()}`;
      const email = `log-${randomUUID()}@example.test`;
      await app.inject({
        method: 'POST',
        url: '/auth/signup',
        payload: { email, password: secret },
      });
      await app.inject({
        method: 'POST',
        url: '/auth/login',
        payload: { email, password: secret },
      });

      expect(written.join('')).not.toContain(secret);
      expect(written.join('')).toContain('/auth/login');
    } finally {
      await app.close();
    }
  });
});
