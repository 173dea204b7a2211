import { status } from '@grpc/grpc-js';
import {
  BadRequestException,
  ConflictException,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { firstValueFrom } from 'rxjs';
import { QueryFailedError } from 'typeorm';
import { GrpcExceptionFilter, toGrpcError } from './grpc-exception.filter';

describe('toGrpcError', () => {
  it.each([
    [new BadRequestException('bad'), status.INVALID_ARGUMENT],
    [new NotFoundException('gone'), status.NOT_FOUND],
    [new ConflictException('twice'), status.ALREADY_EXISTS],
    [new UnprocessableEntityException('no'), status.FAILED_PRECONDITION],
  ])('maps %s to its gRPC status', (exception, code) => {
    expect(toGrpcError(exception)).toEqual({
      code,
      message: exception.message,
    });
  });

  it('keeps the status of an RpcException', () => {
    const exception = new RpcException({
      code: status.PERMISSION_DENIED,
      message: 'not yours',
    });
    expect(toGrpcError(exception)).toEqual({
      code: status.PERMISSION_DENIED,
      message: 'not yours',
    });
  });

  it('hides the details of an unexpected error behind INTERNAL', () => {
    expect(toGrpcError(new Error('password=secret'))).toEqual({
      code: status.INTERNAL,
      message: 'Internal server error',
    });
  });

  it.each([
    ['23505', status.ALREADY_EXISTS],
    ['23503', status.FAILED_PRECONDITION],
  ])('maps PostgreSQL error %s', (code, expected) => {
    const error = new QueryFailedError(
      'INSERT',
      [],
      Object.assign(new Error('db'), { code }),
    );
    expect(toGrpcError(error).code).toBe(expected);
  });
});

describe('GrpcExceptionFilter', () => {
  it('fails the call with the status', async () => {
    const filter = new GrpcExceptionFilter();
    await expect(
      firstValueFrom(filter.catch(new NotFoundException('gone'))),
    ).rejects.toEqual({ code: status.NOT_FOUND, message: 'gone' });
  });
});
