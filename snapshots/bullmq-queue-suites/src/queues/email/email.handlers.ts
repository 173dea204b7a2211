import { Injectable } from '@nestjs/common';
import { JobOutcome } from '../queue.types';
import { SendPasswordResetJobDto } from './dto/send-password-reset-job.dto';
import { SendWelcomeJobDto } from './dto/send-welcome-job.dto';

/**
 * The work behind each email job: EmailProcessor calls one method per job
 * name. Throw to fail an attempt; BullMQ retries it with the queue's backoff.
 */
@Injectable()
export class EmailJobHandlers {
  /** `send-welcome`: replace this body with the job's work. */
  async sendWelcome(data: SendWelcomeJobDto): Promise<JobOutcome> {
    return {
      job: 'send-welcome',
      referenceId: data.referenceId ?? null,
    };
  }

  /** `send-password-reset`: replace this body with the job's work. */
  async sendPasswordReset(data: SendPasswordResetJobDto): Promise<JobOutcome> {
    return {
      job: 'send-password-reset',
      referenceId: data.referenceId ?? null,
    };
  }
}
