import { status } from '@grpc/grpc-js';
import {
  BadGatewayException,
  BadRequestException,
  CallHandler,
  ConflictException,
  ExecutionContext,
  ForbiddenException,
  GatewayTimeoutException,
  HttpException,
  HttpStatus,
  Injectable,
  NestInterceptor,
  NotFoundException,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { Observable, catchError, throwError } from 'rxjs';

/** A failed gRPC call as @grpc/grpc-js reports it. */
interface GrpcCallError {
  code: status;
  details: string;
}

function isGrpcCallError(error: unknown): error is GrpcCallError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as GrpcCallError).code === 'number' &&
    typeof (error as GrpcCallError).details === 'string'
  );
}

/**
 * The HTTP answer to a failed call: the service's own client errors keep
 * their message; an unreachable or slow service is the gateway's 503 or 504,
 * without its internals.
 */
export function toHttpError(error: GrpcCallError): HttpException {
  switch (error.code) {
    case status.INVALID_ARGUMENT:
    case status.OUT_OF_RANGE:
      return new BadRequestException(error.details);
    case status.NOT_FOUND:
      return new NotFoundException(error.details);
    case status.ALREADY_EXISTS:
    case status.FAILED_PRECONDITION:
    case status.ABORTED:
      return new ConflictException(error.details);
    case status.UNAUTHENTICATED:
      return new UnauthorizedException(error.details);
    case status.PERMISSION_DENIED:
      return new ForbiddenException(error.details);
    case status.RESOURCE_EXHAUSTED:
      return new HttpException(error.details, HttpStatus.TOO_MANY_REQUESTS);
    case status.UNAVAILABLE:
      return new ServiceUnavailableException(
        'The service behind this route is unavailable; retry later',
      );
    case status.DEADLINE_EXCEEDED:
      return new GatewayTimeoutException(
        'The service behind this route did not answer in time',
      );
    default:
      return new BadGatewayException('The service behind this route failed');
  }
}

/** Turns the gRPC errors of a route's call into problem+json answers. */
@Injectable()
export class GrpcErrorsInterceptor implements NestInterceptor {
  intercept(
    _context: ExecutionContext,
    next: CallHandler,
  ): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          throwError(() =>
            isGrpcCallError(error) ? toHttpError(error) : error,
          ),
        ),
      );
  }
}
