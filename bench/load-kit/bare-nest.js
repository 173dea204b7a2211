// Benchmark 4's reference: a bare Nest + Fastify app (no helmet, logging,
// guards, pipes or terminus) with one route answering the same JSON. Plain
// JavaScript, so it runs with the generated project's own node_modules (the
// same Nest and Fastify versions): bench/load.py starts it from there.
'use strict';
require('reflect-metadata');
const { Controller, Get, Module } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');
const { FastifyAdapter } = require('@nestjs/platform-fastify');

class HealthController {
  live() {
    return { status: 'ok', info: {}, error: {}, details: {} };
  }
}
Get('live')(
  HealthController.prototype,
  'live',
  Object.getOwnPropertyDescriptor(HealthController.prototype, 'live'),
);
Controller('health')(HealthController);

class AppModule {}
Module({ controllers: [HealthController] })(AppModule);

async function bootstrap() {
  const app = await NestFactory.create(AppModule, new FastifyAdapter(), {
    logger: ['error', 'warn'],
  });
  await app.listen(Number(process.env.PORT), process.env.HOST);
}

void bootstrap();
