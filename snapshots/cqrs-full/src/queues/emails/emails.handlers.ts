import { Injectable } from '@nestjs/common';
import { JobOutcome } from '../queue.types';
import { ProcessEmailsJobDto } from './dto/process-emails-job.dto';

/**
 * The work behind each emails job: EmailsProcessor calls one method per job
 * name. Throw to fail an attempt; BullMQ retries it with the queue's backoff.
 */
@Injectable()
export class EmailsJobHandlers {
  /** `process-emails`: replace this body with the job's work. */
  async processEmails(data: ProcessEmailsJobDto): Promise<JobOutcome> {
    return {
      job: 'process-emails',
      referenceId: data.referenceId ?? null,
    };
  }
}
