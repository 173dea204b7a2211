import { Injectable } from '@nestjs/common';
import { MailMessage, MailTransport } from './mail-transport';

/** Tests: keeps every email in an outbox that a test can read. */
@Injectable()
export class MemoryMailTransport extends MailTransport {
  readonly outbox: MailMessage[] = [];

  async send(message: MailMessage): Promise<void> {
    this.outbox.push(message);
  }

  lastTo(address: string): MailMessage | undefined {
    return this.outbox.filter((message) => message.to === address).at(-1);
  }
}
