import { Injectable } from '@nestjs/common';
import { JobOutcome } from '../queue.types';
import { SendReceiptJobDto } from './dto/send-receipt-job.dto';

/**
 * The work behind each email job: EmailProcessor calls one method per job
 * name. Throw to fail an attempt; BullMQ retries it with the queue's backoff.
 */
@Injectable()
export class EmailJobHandlers {
  /** `send-receipt`: replace this body with the job's work. */
  async sendReceipt(data: SendReceiptJobDto): Promise<JobOutcome> {
    return {
      job: 'send-receipt',
      referenceId: data.referenceId ?? null,
    };
  }
}
