import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EnvironmentVariables } from '../config/env.validation';
import { ConsoleMailTransport } from './console-mail.transport';
import { MailTransport } from './mail-transport';
import { MemoryMailTransport } from './memory-mail.transport';
import { SmtpMailTransport } from './smtp-mail.transport';

@Global()
@Module({
  providers: [
    {
      provide: MailTransport,
      inject: [ConfigService],
      useFactory: (
        config: ConfigService<EnvironmentVariables, true>,
      ): MailTransport => {
        switch (config.get('MAIL_TRANSPORT', { infer: true })) {
          case 'smtp':
            return new SmtpMailTransport(
              config.get('SMTP_URL', { infer: true }),
              config.get('MAIL_FROM', { infer: true }),
            );
          case 'memory':
            return new MemoryMailTransport();
          default:
            return new ConsoleMailTransport();
        }
      },
    },
  ],
  exports: [MailTransport],
})
export class MailModule {}
