import { TestBed } from '@suites/unit';
import { EmailJobHandlers } from './email.handlers';

const PAYLOAD = { referenceId: 'r-1' };

describe('EmailJobHandlers', () => {
  let handlers: EmailJobHandlers;

  beforeEach(async () => {
    const { unit } = await TestBed.solitary(EmailJobHandlers).compile();
    handlers = unit;
  });

  it('reports the send-welcome job it handled', async () => {
    const outcome = await handlers.sendWelcome(PAYLOAD);

    expect(outcome).toEqual({
      job: 'send-welcome',
      referenceId: 'r-1',
    });
  });

  it('reports the send-password-reset job it handled', async () => {
    const outcome = await handlers.sendPasswordReset(PAYLOAD);

    expect(outcome).toEqual({
      job: 'send-password-reset',
      referenceId: 'r-1',
    });
  });

  it('reports no reference when the payload names none', async () => {
    const outcome = await handlers.sendWelcome({});

    expect(outcome.referenceId).toBeNull();
  });
});
