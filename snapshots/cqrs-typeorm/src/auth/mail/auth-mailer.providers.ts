import { BullModule } from '@nestjs/bullmq';
import type { Provider } from '@nestjs/common';
import {
  AUTH_EMAIL_QUEUE,
  AuthEmailProcessor,
  QueuedAuthMailer,
} from './auth-email.queue';
import { AuthMailer } from './auth-mailer';

export const authMailerImports = [
  BullModule.registerQueue({ name: AUTH_EMAIL_QUEUE }),
];

export const authMailerProviders: Provider[] = [
  { provide: AuthMailer, useClass: QueuedAuthMailer },
  AuthEmailProcessor,
];
