import { Injectable } from '@nestjs/common';
import { JobOutcome } from '../queue.types';
import { ProcessReportsJobDto } from './dto/process-reports-job.dto';

/**
 * The work behind each reports job: ReportsProcessor calls one method per job
 * name. Throw to fail an attempt; BullMQ retries it with the queue's backoff.
 */
@Injectable()
export class ReportsJobHandlers {
  /** `process-reports`: replace this body with the job's work. */
  async processReports(data: ProcessReportsJobDto): Promise<JobOutcome> {
    return {
      job: 'process-reports',
      referenceId: data.referenceId ?? null,
    };
  }
}
