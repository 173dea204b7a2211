import {
  CallHandler,
  ConflictException,
  ExecutionContext,
  UnprocessableEntityException,
} from '@nestjs/common';
import { lastValueFrom, throwError } from 'rxjs';
import { QueryFailedError } from 'typeorm';
import {
  DatabaseErrorsInterceptor,
  toHttpError,
} from './database-errors.interceptor';

function queryFailed(code: string, detail: string): QueryFailedError {
  return new QueryFailedError(
    'INSERT',
    [],
    Object.assign(new Error('query failed'), { code, detail }),
  );
}

describe('toHttpError', () => {
  it('maps a unique violation to 409 naming the column', () => {
    const error = toHttpError(
      queryFailed('23505', 'Key (email)=(a@example.com) already exists.'),
    );

    expect(error).toBeInstanceOf(ConflictException);
    expect((error as ConflictException).message).toContain('email');
  });

  it('maps a missing referenced row to 422', () => {
    const error = toHttpError(
      queryFailed(
        '23503',
        'Key (customerId)=(7) is not present in table "users".',
      ),
    );

    expect(error).toBeInstanceOf(UnprocessableEntityException);
    expect((error as UnprocessableEntityException).message).toContain(
      'customerId',
    );
  });

  it('maps deleting a row still referenced to 409', () => {
    const error = toHttpError(
      queryFailed('23503', 'Key (id)=(7) is still referenced from table "x".'),
    );

    expect(error).toBeInstanceOf(ConflictException);
  });

  it('leaves other errors alone', () => {
    const other = queryFailed('57014', 'canceling statement');
    const plain = new Error('boom');

    expect(toHttpError(other)).toBe(other);
    expect(toHttpError(plain)).toBe(plain);
  });
});

describe('DatabaseErrorsInterceptor', () => {
  it('rethrows database errors as HTTP errors', async () => {
    const next: CallHandler = {
      handle: () =>
        throwError(() => queryFailed('23505', 'Key (sku)=(A) already exists.')),
    };

    await expect(
      lastValueFrom(
        new DatabaseErrorsInterceptor().intercept({} as ExecutionContext, next),
      ),
    ).rejects.toBeInstanceOf(ConflictException);
  });
});
