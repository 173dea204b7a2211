import { TestBed } from '@suites/unit';
import { EmailJobHandlers } from './email.handlers';

const PAYLOAD = { referenceId: 'r-1' };

describe('EmailJobHandlers', () => {
  let handlers: EmailJobHandlers;

  beforeEach(async () => {
    const { unit } = await TestBed.solitary(EmailJobHandlers).compile();
    handlers = unit;
  });

  it('reports the send-receipt job it handled', async () => {
    const outcome = await handlers.sendReceipt(PAYLOAD);

    expect(outcome).toEqual({
      job: 'send-receipt',
      referenceId: 'r-1',
    });
  });

  it('reports no reference when the payload names none', async () => {
    const outcome = await handlers.sendReceipt({});

    expect(outcome.referenceId).toBeNull();
  });
});
