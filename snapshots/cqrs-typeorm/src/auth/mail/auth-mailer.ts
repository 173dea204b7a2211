import { ConfigService } from '@nestjs/config';
import { EnvironmentVariables } from '../../config/env.validation';
import { MailMessage } from '../../mail/mail-transport';

/**
 * The emails of the auth flows. `account-exists` answers a sign-up with a
 * registered address and `no-account` a reset for an unknown one: the API
 * answers both the same way, only the owner of the address learns more.
 */
export type AuthMailKind =
  'verify-email' | 'reset-password' | 'account-exists' | 'no-account';

/** An email the auth flows send: who gets it and the one-time token it may carry. */
export interface AuthMail {
  kind: AuthMailKind;
  to: string;
  token?: string;
}

/** Sends (or queues) the emails of the auth flows. */
export abstract class AuthMailer {
  abstract deliver(mail: AuthMail): Promise<void>;
}

/** Where emailed links point: pages of the frontend at APP_URL. */
export interface AuthLinks {
  appUrl: string;
  verifyEmailPath: string;
  resetPasswordPath: string;
}

export function authLinksFrom(
  config: ConfigService<EnvironmentVariables, true>,
): AuthLinks {
  return {
    appUrl: config.get('APP_URL', { infer: true }),
    verifyEmailPath: config.get('VERIFY_EMAIL_PATH', { infer: true }),
    resetPasswordPath: config.get('RESET_PASSWORD_PATH', { infer: true }),
  };
}

const IGNORE = 'If you did not ask for this, ignore this email.';

/** The message for one auth email; links open the frontend at APP_URL. */
export function composeAuthMail(mail: AuthMail, links: AuthLinks): MailMessage {
  switch (mail.kind) {
    case 'verify-email':
      return {
        to: mail.to,
        subject: 'Confirm your email address',
        text: `Confirm your email address: open ${link(links, links.verifyEmailPath, mail.token)}\n\n${IGNORE}`,
      };
    case 'reset-password':
      return {
        to: mail.to,
        subject: 'Reset your password',
        text: `Reset your password: open ${link(links, links.resetPasswordPath, mail.token)}\n\n${IGNORE}`,
      };
    case 'account-exists':
      return {
        to: mail.to,
        subject: 'You already have an account',
        text: `Someone tried to sign up with this address, which already has an account. If it was you, sign in or reset your password at ${link(links, links.resetPasswordPath)}\n\n${IGNORE}`,
      };
    case 'no-account':
      return {
        to: mail.to,
        subject: 'No account for this address',
        text: `Someone asked to reset the password of this address, but it has no account.\n\n${IGNORE}`,
      };
  }
}

function link(links: AuthLinks, path: string, token?: string): string {
  const base = links.appUrl.endsWith('/') ? links.appUrl : `${links.appUrl}/`;
  const url = new URL(path.replace(/^\/+/, ''), base);
  if (token !== undefined) {
    url.searchParams.set('token', token);
  }
  return url.toString();
}

/** The token a composed message carries (tests read it from the outbox). */
export function tokenIn(message: MailMessage): string | null {
  const match = /[?&]token=([^\s&]+)/.exec(message.text);
  return match ? decodeURIComponent(match[1]) : null;
}
