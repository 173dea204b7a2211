import { OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { MailMessage, MailTransport } from './mail-transport';

/** Production: SMTP through nodemailer (SMTP_URL, e.g. smtps://user:pass@host). */
export class SmtpMailTransport
  extends MailTransport
  implements OnModuleDestroy
{
  private readonly transporter: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    super();
    if (!url) {
      throw new Error('SMTP_URL is required when MAIL_TRANSPORT is smtp');
    }
    this.transporter = createTransport(url);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transporter.sendMail({ from: this.from, ...message });
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}
