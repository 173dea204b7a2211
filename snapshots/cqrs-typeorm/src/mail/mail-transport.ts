export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Delivers one email. MAIL_TRANSPORT picks the implementation. */
export abstract class MailTransport {
  abstract send(message: MailMessage): Promise<void>;
}
