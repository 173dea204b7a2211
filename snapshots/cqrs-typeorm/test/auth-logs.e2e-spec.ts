import { randomUUID } from 'node:crypto';
import { createTestApp } from './support/app';
import { captureLogs } from './support/logs';

describe('Auth logs (e2e)', () => {
  it('never writes a password to the logs', async () => {
    const logs = captureLogs();
    const app = await createTestApp({ as: 'anonymous' });
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

      expect(logs.lines.join('\n')).not.toContain(secret);
      expect(logs.lines.join('\n')).toContain('/auth/login');
    } finally {
      logs.stop();
      await app.close();
    }
  });
});
