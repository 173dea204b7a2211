import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { configureApp, createFastifyAdapter } from './app.setup';
import { EnvironmentVariables, validateEnv } from './config/env.validation';
import { GatewayModule } from './gateway.module';

/** The gateway: the public HTTP API, served by the services behind it. */
async function bootstrap(): Promise<void> {
  const env = validateEnv(process.env);
  const app = await NestFactory.create<NestFastifyApplication>(
    GatewayModule,
    createFastifyAdapter(env),
    { bufferLogs: true },
  );
  await configureApp(app);
  const config: ConfigService<EnvironmentVariables, true> =
    app.get(ConfigService);
  await app.listen(
    config.get('PORT', { infer: true }),
    config.get('HOST', { infer: true }),
  );
}

void bootstrap();
