import {
  BadRequestException,
  HttpStatus,
  InternalServerErrorException,
  NotFoundException,
} from '@nestjs/common';
import { toProblemDetails } from './problem-details.filter';

describe('toProblemDetails', () => {
  it('maps an HttpException to its status, title and message', () => {
    const details = toProblemDetails(
      new NotFoundException('Order 7 not found'),
      '/orders/7',
    );

    expect(details).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'Order 7 not found',
      instance: '/orders/7',
    });
  });

  it('lists validation messages under errors', () => {
    const details = toProblemDetails(
      new BadRequestException(['email must be an email', 'name is too long']),
      '/users',
    );

    expect(details.status).toBe(400);
    expect(details.detail).toBe('Validation failed');
    expect(details.errors).toEqual([
      'email must be an email',
      'name is too long',
    ]);
  });

  it('keeps the status of errors Fastify raises itself', () => {
    const tooLarge = Object.assign(new Error('Request body is too large'), {
      statusCode: 413,
    });

    expect(toProblemDetails(tooLarge, '/upload')).toMatchObject({
      status: 413,
      title: 'Payload Too Large',
      detail: 'Request body is too large',
    });
  });

  it('hides the message of unexpected errors', () => {
    const details = toProblemDetails(
      new Error('connection string postgres://secret@db'),
      '/x',
    );

    expect(details.status).toBe(HttpStatus.INTERNAL_SERVER_ERROR);
    expect(JSON.stringify(details)).not.toContain('secret');
  });

  it('hides the message of 5xx HttpExceptions', () => {
    const details = toProblemDetails(
      new InternalServerErrorException('pool exhausted on db-1'),
      '/x',
    );

    expect(details.detail).not.toContain('db-1');
  });
});
