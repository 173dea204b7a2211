import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { STATUS_CODES } from 'node:http';
import { ProblemDetails } from '../common/filters/problem-details.filter';

/** Why a route answers each error status, as the documentation says it. */
const REASONS: Record<number, string> = {
  400: 'The request is malformed or breaks a validation rule',
  401: 'No valid bearer token',
  403: 'The caller may not do this',
  404: 'No such resource',
  409: 'The request conflicts with existing data',
  422: 'The request refers to data that does not exist',
  429: 'Too many requests; retry after the Retry-After header',
};

/**
 * Documents the error statuses a route (or every route of a controller) can
 * answer, each an `application/problem+json` body of the shared schema.
 */
export function ApiProblems(
  ...statuses: number[]
): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDetails),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: REASONS[status] ?? STATUS_CODES[status],
        content: {
          'application/problem+json': {
            schema: { $ref: getSchemaPath(ProblemDetails) },
          },
        },
      }),
    ),
  );
}
