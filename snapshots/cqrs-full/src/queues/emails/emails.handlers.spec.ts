import { TestBed } from '@suites/unit';
import { EmailsJobHandlers } from './emails.handlers';

const PAYLOAD = { referenceId: 'r-1' };

describe('EmailsJobHandlers', () => {
  let handlers: EmailsJobHandlers;

  beforeEach(async () => {
    const { unit } = await TestBed.solitary(EmailsJobHandlers).compile();
    handlers = unit;
  });

  it('reports the process-emails job it handled', async () => {
    const outcome = await handlers.processEmails(PAYLOAD);

    expect(outcome).toEqual({
      job: 'process-emails',
      referenceId: 'r-1',
    });
  });

  it('reports no reference when the payload names none', async () => {
    const outcome = await handlers.processEmails({});

    expect(outcome.referenceId).toBeNull();
  });
});
