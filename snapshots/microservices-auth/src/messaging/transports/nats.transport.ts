import { INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NatsOptions, Transport } from '@nestjs/microservices';
import { EnvironmentVariables } from '../../config/env.validation';

/**
 * NATS at NATS_URL (servers separated by commas). The app subscribes in the
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
    },
  };
}

/** Serves the app's message and event handlers over NATS too (a hybrid app). */
export function connectNats(
  app: INestApplication,
  config: ConfigService<EnvironmentVariables, true>,
): void {
  app.connectMicroservice<NatsOptions>(natsOptions(config));
}
