import {
  BadRequestException,
  CallHandler,
  ConflictException,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UnprocessableEntityException,
} from '@nestjs/common';
import { Observable, catchError, throwError } from 'rxjs';
import { QueryFailedError } from 'typeorm';

/** PostgreSQL error codes the API answers with a 4xx (everything else stays a 500). */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
/** Text PostgreSQL cannot store, such as a NUL character. */
export const PG_CHARACTER_NOT_IN_REPERTOIRE = '22021';

interface PostgresError {
  code?: string;
  detail?: string;
}

/** The columns a PostgreSQL detail names: `Key (email)=(...) already exists.` */
function keyColumns(detail: string | undefined): string {
  return /^Key \(([^)]+)\)/.exec(detail ?? '')?.[1] ?? 'key';
}

/**
 * A database error as the client should see it: a duplicate is a conflict (409),
 * a reference to a row that does not exist cannot be processed (422), a row
 * still referenced elsewhere cannot be deleted (409), and text the database
 * cannot store is bad input (400). Other errors pass unchanged.
 */
export function toHttpError(error: unknown): unknown {
  if (!(error instanceof QueryFailedError)) {
    return error;
  }
  const { code, detail } = error.driverError as PostgresError;
  if (code === PG_UNIQUE_VIOLATION) {
    return new ConflictException(
      `A row with this ${keyColumns(detail)} already exists`,
    );
  }
  if (code === PG_CHARACTER_NOT_IN_REPERTOIRE) {
    return new BadRequestException('Text must not contain NUL characters');
  }
  if (code === PG_FOREIGN_KEY_VIOLATION) {
    return detail?.includes('is still referenced')
      ? new ConflictException('The row is still referenced by other rows')
      : new UnprocessableEntityException(
          `No row matches the referenced ${keyColumns(detail)}`,
        );
  }
  return error;
}

/** Maps database errors of every route to problem+json 4xx answers. */
@Injectable()
export class DatabaseErrorsInterceptor implements NestInterceptor {
  intercept(
    _context: ExecutionContext,
    next: CallHandler,
  ): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((error: unknown) => throwError(() => toHttpError(error))),
      );
  }
}
