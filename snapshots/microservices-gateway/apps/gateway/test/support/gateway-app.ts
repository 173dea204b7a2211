import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { configureApp, createFastifyAdapter } from '../../src/app.setup';
import { validateEnv } from '../../src/config/env.validation';
import { GatewayModule } from '../../src/gateway.module';

/** The gateway as main.ts builds it, listening on no port (app.inject). */
export async function createGatewayTestApp(): Promise<NestFastifyApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [GatewayModule],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(
    createFastifyAdapter(validateEnv(process.env)),
    { bufferLogs: true },
  );
  await configureApp(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
