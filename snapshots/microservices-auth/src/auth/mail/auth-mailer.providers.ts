import type { DynamicModule, Provider } from '@nestjs/common';
import { AuthMailer } from './auth-mailer';
import { DirectAuthMailer } from './direct-auth-mailer';

export const authMailerImports: DynamicModule[] = [];

export const authMailerProviders: Provider[] = [
  { provide: AuthMailer, useClass: DirectAuthMailer },
];
