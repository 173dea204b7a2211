import { Injectable, Logger } from '@nestjs/common';
import { MailMessage, MailTransport } from './mail-transport';

/** Development: writes each email to the log instead of sending it. */
@Injectable()
export class ConsoleMailTransport extends MailTransport {
  private readonly logger = new Logger('Mail');

  async send(message: MailMessage): Promise<void> {
    this.logger.log(`to ${message.to} — ${message.subject}\n${message.text}`);
  }
}
