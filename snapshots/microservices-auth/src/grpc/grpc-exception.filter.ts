import { status } from '@grpc/grpc-js';
import {
  Catch,
  HttpException,
  Logger,
  RpcExceptionFilter,
} from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { Observable, throwError } from 'rxjs';
import { QueryFailedError } from 'typeorm';
import {
  PG_CHARACTER_NOT_IN_REPERTOIRE,
  PG_FOREIGN_KEY_VIOLATION,
  PG_UNIQUE_VIOLATION,
} from '../database/database-errors.interceptor';

/** What a gRPC client receives: a status code and a message. */
export interface GrpcError {
  code: status;
  message: string;
}

/** The HTTP exceptions the services throw, as the gRPC status of the same meaning. */
const STATUS_OF_HTTP: Readonly<Record<number, status>> = {
  400: status.INVALID_ARGUMENT,
  401: status.UNAUTHENTICATED,
  403: status.PERMISSION_DENIED,
  404: status.NOT_FOUND,
  409: status.ALREADY_EXISTS,
  412: status.FAILED_PRECONDITION,
  422: status.FAILED_PRECONDITION,
  429: status.RESOURCE_EXHAUSTED,
  501: status.UNIMPLEMENTED,
  503: status.UNAVAILABLE,
  504: status.DEADLINE_EXCEEDED,
};

/** PostgreSQL errors a client caused: a duplicate, a broken reference, bad text. */
const STATUS_OF_POSTGRES: Readonly<Record<string, GrpcError>> = {
  [PG_UNIQUE_VIOLATION]: {
    code: status.ALREADY_EXISTS,
    message: 'A row with this key already exists',
  },
  [PG_FOREIGN_KEY_VIOLATION]: {
    code: status.FAILED_PRECONDITION,
    message: 'A referenced row does not exist, or the row is still referenced',
  },
  [PG_CHARACTER_NOT_IN_REPERTOIRE]: {
    code: status.INVALID_ARGUMENT,
    message: 'Text must not contain NUL characters',
  },
};

function isGrpcError(error: unknown): error is GrpcError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as GrpcError).code === 'number' &&
    typeof (error as GrpcError).message === 'string'
  );
}

/**
 * The status a gRPC client sees for an error of a handler: RpcExceptions as
 * thrown, HTTP exceptions by meaning (NotFoundException is NOT_FOUND), and
 * INTERNAL, without details, for anything unexpected.
 */
export function toGrpcError(exception: unknown): GrpcError {
  if (exception instanceof RpcException) {
    const error = exception.getError();
    return isGrpcError(error)
      ? { code: error.code, message: error.message }
      : { code: status.UNKNOWN, message: exception.message };
  }
  if (exception instanceof HttpException) {
    const code = STATUS_OF_HTTP[exception.getStatus()];
    if (code !== undefined) {
      return { code, message: exception.message };
    }
  }
  if (exception instanceof QueryFailedError) {
    const { code } = exception.driverError as { code?: string };
    const known = code === undefined ? undefined : STATUS_OF_POSTGRES[code];
    if (known) {
      return known;
    }
  }
  return { code: status.INTERNAL, message: 'Internal server error' };
}

/** Every error of a gRPC handler, as a gRPC status (see toGrpcError). */
@Catch()
export class GrpcExceptionFilter implements RpcExceptionFilter {
  private readonly logger = new Logger(GrpcExceptionFilter.name);

  catch(exception: unknown): Observable<never> {
    const error = toGrpcError(exception);
    if (error.code === status.INTERNAL) {
      this.logger.error(exception);
    }
    return throwError(() => error);
  }
}
