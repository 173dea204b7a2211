import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { configureApp, createFastifyAdapter } from './app.setup';
import { EnvironmentVariables, validateEnv } from './config/env.validation';
import { connectGrpc } from './grpc/grpc.transport';
import { connectNats } from './messaging/transports/nats.transport';

async function bootstrap(): Promise<void> {
  const env = validateEnv(process.env);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    createFastifyAdapter(env),
    { bufferLogs: true },
  );
  await configureApp(app);
  const config: ConfigService<EnvironmentVariables, true> =
    app.get(ConfigService);
  // Transports served beside HTTP (a hybrid app), started before it listens.
  connectGrpc(app, config);
  connectNats(app, config);
  // nestgen:bootstrap — generated above; attach your transports below this line
  await app.startAllMicroservices();
  await app.listen(
    config.get('PORT', { infer: true }),
    config.get('HOST', { infer: true }),
  );
}

void bootstrap();
