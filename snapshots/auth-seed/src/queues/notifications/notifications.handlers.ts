import { Injectable } from '@nestjs/common';
import { JobOutcome } from '../queue.types';
import { CleanupNotificationsJobDto } from './dto/cleanup-notifications-job.dto';
import { SendNotificationJobDto } from './dto/send-notification-job.dto';

/**
 * The work behind each notifications job: NotificationsProcessor calls one method per job
 * name. Throw to fail an attempt; BullMQ retries it with the queue's backoff.
 */
@Injectable()
export class NotificationsJobHandlers {
  /** `send-notification`: replace this body with the job's work. */
  async sendNotification(data: SendNotificationJobDto): Promise<JobOutcome> {
    return {
      job: 'send-notification',
      referenceId: data.referenceId ?? null,
    };
  }

  /** `cleanup-notifications`: replace this body with the job's work. */
  async cleanupNotifications(
    data: CleanupNotificationsJobDto,
  ): Promise<JobOutcome> {
    return {
      job: 'cleanup-notifications',
      referenceId: data.referenceId ?? null,
    };
  }
}
