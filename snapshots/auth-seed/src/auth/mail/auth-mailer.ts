import { MailMessage } from '../../mail/mail-transport';

export type AuthMailKind = 'verify-email' | 'reset-password';

/** An email the auth flows send: who gets it and the one-time token it carries. */
export interface AuthMail {
  kind: AuthMailKind;
  to: string;
  token: string;
}

/** Sends (or queues) the emails of the auth flows. */
export abstract class AuthMailer {
  abstract deliver(mail: AuthMail): Promise<void>;
}

const LINKS: Record<AuthMailKind, { subject: string; path: string }> = {
  'verify-email': {
    subject: 'Confirm your email address',
    path: 'verify-email',
  },
  'reset-password': { subject: 'Reset your password', path: 'reset-password' },
};

/** The message for one auth email; links point at APP_URL. */
export function composeAuthMail(mail: AuthMail, appUrl: string): MailMessage {
  const link = LINKS[mail.kind];
  const url = new URL(link.path, appUrl.endsWith('/') ? appUrl : `${appUrl}/`);
  url.searchParams.set('token', mail.token);
  return {
    to: mail.to,
    subject: link.subject,
    text: `${link.subject}: open ${url.toString()}\n\nIf you did not ask for this, ignore this email.`,
  };
}

/** The token a composed message carries (tests read it from the outbox). */
export function tokenIn(message: MailMessage): string | null {
  const match = /[?&]token=([^\s&]+)/.exec(message.text);
  return match ? decodeURIComponent(match[1]) : null;
}
