import { INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NatsOptions, Transport } from '@nestjs/microservices';
import { EnvironmentVariables } from '../../config/env.validation';

/** How this service authenticates to NATS. */
export type NatsCredentials = Pick<
  EnvironmentVariables,
  'NATS_USER' | 'NATS_PASSWORD' | 'NATS_TOKEN'
>;

/**
 * NATS at NATS_URL (servers separated by commas), as NATS_USER and
 * NATS_PASSWORD or with NATS_TOKEN when set. The app subscribes in the
 * NATS_QUEUE queue group: each message reaches one instance of the service.
 */
export function natsOptions(
  config: ConfigService<EnvironmentVariables, true>,
): NatsOptions {
  return {
    transport: Transport.NATS,
    options: {
      servers: config.get('NATS_URL', { infer: true }).split(','),
      queue: config.get('NATS_QUEUE', { infer: true }),
      user: config.get('NATS_USER', { infer: true }) || undefined,
      pass: config.get('NATS_PASSWORD', { infer: true }) || undefined,
      token: config.get('NATS_TOKEN', { infer: true }) || undefined,
    },
  };
}

/**
 * Production refuses to connect to NATS without credentials: anyone who
 * reaches the broker could send this service requests and events.
 */
export function refuseAnonymousNatsInProduction(
  credentials: NatsCredentials,
  nodeEnv: EnvironmentVariables['NODE_ENV'],
): void {
  const userAndPassword =
    credentials.NATS_USER !== '' && credentials.NATS_PASSWORD !== '';
  if (
    nodeEnv === 'production' &&
    !userAndPassword &&
    credentials.NATS_TOKEN === ''
  ) {
    throw new Error(
      'NATS_URL: set NATS_USER and NATS_PASSWORD (or NATS_TOKEN) in production, the broker would accept anyone',
    );
  }
}

/** Serves the app's message and event handlers over NATS too (a hybrid app). */
export function connectNats(
  app: INestApplication,
  config: ConfigService<EnvironmentVariables, true>,
): void {
  refuseAnonymousNatsInProduction(
    {
      NATS_USER: config.get('NATS_USER', { infer: true }),
      NATS_PASSWORD: config.get('NATS_PASSWORD', { infer: true }),
      NATS_TOKEN: config.get('NATS_TOKEN', { infer: true }),
    },
    config.get('NODE_ENV', { infer: true }),
  );
  app.connectMicroservice<NatsOptions>(natsOptions(config));
}
