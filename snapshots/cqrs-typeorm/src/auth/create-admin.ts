import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { isEmail } from 'class-validator';
import { AppModule } from '../app.module';
import { AuthService } from './auth.service';

// npm run admin:create -- ann@example.com
// Makes that account an admin, creating it when there is none; a new account
// gets an email with a link to set its password. Runs against the database
// and mail transport of the environment (.env), like the app itself.
async function createAdmin(address: string | undefined): Promise<void> {
  const logger = new Logger('admin:create');
  if (!address || !isEmail(address)) {
    logger.error('Usage: npm run admin:create -- <email address>');
    process.exitCode = 2;
    return;
  }
  const app = await NestFactory.createApplicationContext(AppModule, {
    logger: ['error', 'warn', 'log'],
  });
  try {
    const account = await app.get(AuthService).promoteToAdmin(address);
    logger.log(`${account.email} is an admin (account ${account.id})`);
  } finally {
    await app.close();
  }
}

void createAdmin(process.argv[2]);
