import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EnvironmentVariables } from '../../config/env.validation';
import { MailTransport } from '../../mail/mail-transport';
import {
  AuthLinks,
  authLinksFrom,
  AuthMail,
  AuthMailer,
  composeAuthMail,
} from './auth-mailer';

/** Sends each email during the request (add bullmq-queue to send in the background). */
@Injectable()
export class DirectAuthMailer extends AuthMailer {
  private readonly links: AuthLinks;

  constructor(
    private readonly transport: MailTransport,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    super();
    this.links = authLinksFrom(config);
  }

  async deliver(mail: AuthMail): Promise<void> {
    await this.transport.send(composeAuthMail(mail, this.links));
  }
}
