import { TestBed } from '@suites/unit';
import { ReportsJobHandlers } from './reports.handlers';

const PAYLOAD = { referenceId: 'r-1' };

describe('ReportsJobHandlers', () => {
  let handlers: ReportsJobHandlers;

  beforeEach(async () => {
    const { unit } = await TestBed.solitary(ReportsJobHandlers).compile();
    handlers = unit;
  });

  it('reports the process-reports job it handled', async () => {
    const outcome = await handlers.processReports(PAYLOAD);

    expect(outcome).toEqual({
      job: 'process-reports',
      referenceId: 'r-1',
    });
  });

  it('reports no reference when the payload names none', async () => {
    const outcome = await handlers.processReports({});

    expect(outcome.referenceId).toBeNull();
  });
});
