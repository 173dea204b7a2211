import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** Where the Swagger UI is served; the document is at `/docs-json`. */
export const DOCS_PATH = 'docs';

/** `OrdersController.findAll` → `orders_findAll`: stable across releases. */
export function operationIdOf(
  controllerKey: string,
  methodKey: string,
): string {
  const resource = controllerKey.replace(/Controller$/, '');
  return `${resource.charAt(0).toLowerCase()}${resource.slice(1)}_${methodKey}`;
}

/** The OpenAPI 3 document of every route the app serves. */
export function buildOpenApiDocument(
  app: NestFastifyApplication,
): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('projects-cqrs')
    .setDescription('Projects and their tasks as CQRS over TypeORM entities')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: operationIdOf,
  });
  return closeRequestSchemas(document);
}

/**
 * Request bodies (the `*Dto` classes) refuse properties they do not declare
 * (the global ValidationPipe's forbidNonWhitelisted): the schemas say so.
 */
function closeRequestSchemas(document: OpenAPIObject): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (name.endsWith('Dto') && !('$ref' in schema)) {
      schema.additionalProperties = false;
    }
  }
  return document;
}

/** Serves the Swagger UI at `/docs` and the document at `/docs-json`. */
export function setupOpenApi(app: NestFastifyApplication): void {
  SwaggerModule.setup(DOCS_PATH, app, buildOpenApiDocument(app));
}
