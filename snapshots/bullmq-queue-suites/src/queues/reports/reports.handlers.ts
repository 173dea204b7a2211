import { Injectable } from '@nestjs/common';
import { JobOutcome } from '../queue.types';
import { NightlyReportJobDto } from './dto/nightly-report-job.dto';

/**
 * The work behind each reports job: ReportsProcessor calls one method per job
 * name. Throw to fail an attempt; BullMQ retries it with the queue's backoff.
 */
@Injectable()
export class ReportsJobHandlers {
  /** `nightly-report`: replace this body with the job's work. */
  async nightlyReport(data: NightlyReportJobDto): Promise<JobOutcome> {
    return {
      job: 'nightly-report',
      referenceId: data.referenceId ?? null,
    };
  }
}
