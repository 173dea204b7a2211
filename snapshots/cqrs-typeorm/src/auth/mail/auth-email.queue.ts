import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Job, JobsOptions, Queue } from 'bullmq';
import { EnvironmentVariables } from '../../config/env.validation';
import { MailTransport } from '../../mail/mail-transport';
import {
  AuthLinks,
  authLinksFrom,
  AuthMail,
  AuthMailer,
  composeAuthMail,
} from './auth-mailer';

export const AUTH_EMAIL_QUEUE = 'auth-email';

// Tokens ride in the payload: keep them in Redis no longer than delivery takes.
const JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: true,
  removeOnFail: { age: 24 * 3600 },
};

/** Queues each auth email; AuthEmailProcessor sends it in the background. */
@Injectable()
export class QueuedAuthMailer extends AuthMailer {
  constructor(
    @InjectQueue(AUTH_EMAIL_QUEUE) private readonly queue: Queue<AuthMail>,
  ) {
    super();
  }

  async deliver(mail: AuthMail): Promise<void> {
    await this.queue.add(mail.kind, mail, JOB_OPTIONS);
  }
}

/** Sends queued auth emails; a failure is retried with exponential backoff. */
@Processor(AUTH_EMAIL_QUEUE, { concurrency: 5 })
export class AuthEmailProcessor extends WorkerHost {
  private readonly logger = new Logger(AuthEmailProcessor.name);
  private readonly links: AuthLinks;

  constructor(
    private readonly transport: MailTransport,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    super();
    this.links = authLinksFrom(config);
  }

  async process(job: Job<AuthMail>): Promise<void> {
    this.logger.log({
      message: 'Sending auth email',
      kind: job.data.kind,
      jobId: job.id,
      attempt: job.attemptsMade + 1,
    });
    await this.transport.send(composeAuthMail(job.data, this.links));
  }
}
