import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';

/** An error response as RFC 9457 defines it: the one error schema of the API. */
export class ProblemDetails {
  @ApiProperty({ example: 'about:blank' })
  type: string;

  @ApiProperty({ example: 'Bad Request' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiProperty({ example: 'Validation failed' })
  detail: string;

  @ApiProperty({ example: '/orders' })
  instance: string;

  @ApiPropertyOptional({
    description: 'Every rule the request broke (validation errors only)',
    example: ['email must be an email'],
  })
  errors?: string[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

interface ErrorWithStatus {
  statusCode: number;
  message: string;
}

/** Errors raised by Fastify itself (body too large, malformed JSON) carry a 4xx statusCode. */
function isClientErrorWithStatus(error: unknown): error is ErrorWithStatus {
  const candidate = error as Partial<ErrorWithStatus> | null;
  return (
    typeof candidate?.statusCode === 'number' &&
    candidate.statusCode >= 400 &&
    candidate.statusCode < 500 &&
    typeof candidate.message === 'string'
  );
}

function problem(
  status: number,
  detail: string,
  instance: string,
  errors?: string[],
): ProblemDetails {
  return {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    instance,
    ...(errors ? { errors } : {}),
  };
}

function fromHttpException(
  exception: HttpException,
  instance: string,
): ProblemDetails {
  const status = exception.getStatus();
  const body = exception.getResponse();
  if (typeof body === 'string') {
    return problem(status, body, instance);
  }
  const message = (body as { message?: unknown }).message;
  if (Array.isArray(message)) {
    return problem(status, 'Validation failed', instance, message.map(String));
  }
  return problem(
    status,
    typeof message === 'string' ? message : exception.message,
    instance,
  );
}

/** Maps any thrown value to problem+json; 5xx details never leave the server. */
export function toProblemDetails(
  exception: unknown,
  instance: string,
): ProblemDetails {
  if (exception instanceof HttpException) {
    const details = fromHttpException(exception, instance);
    return details.status < 500
      ? details
      : problem(
          details.status,
          'The server could not complete the request.',
          instance,
        );
  }
  if (isClientErrorWithStatus(exception)) {
    return problem(exception.statusCode, exception.message, instance);
  }
  return problem(
    HttpStatus.INTERNAL_SERVER_ERROR,
    'The server could not complete the request.',
    instance,
  );
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const details = toProblemDetails(exception, request.url);
    if (details.status >= 500) {
      this.logger.error(
        `${request.method} ${request.url} failed (request ${request.id})`,
        exception instanceof Error ? exception.stack : String(exception),
      );
    }
    void reply
      .status(details.status)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send(details);
  }
}
