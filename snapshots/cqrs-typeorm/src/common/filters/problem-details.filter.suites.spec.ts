import {
  ArgumentsHost,
  ConflictException,
  NotFoundException,
} from '@nestjs/common';
import { TestBed } from '@suites/unit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  PROBLEM_CONTENT_TYPE,
  ProblemDetailsFilter,
} from './problem-details.filter';

describe('ProblemDetailsFilter (Suites solitary)', () => {
  let filter: ProblemDetailsFilter;
  let reply: {
    status: jest.Mock;
    header: jest.Mock;
    send: jest.Mock;
  };

  function hostFor(url: string): ArgumentsHost {
    const request = { url, method: 'GET', id: 'req-1' } as FastifyRequest;
    return {
      switchToHttp: () => ({
        getRequest: () => request,
        getResponse: () => reply as unknown as FastifyReply,
      }),
    } as ArgumentsHost;
  }

  beforeEach(async () => {
    const { unit } = await TestBed.solitary(ProblemDetailsFilter).compile();
    filter = unit;
    reply = { status: jest.fn(), header: jest.fn(), send: jest.fn() };
    reply.status.mockReturnValue(reply);
    reply.header.mockReturnValue(reply);
  });

  it('answers an HttpException with its status as problem+json', () => {
    filter.catch(new NotFoundException('Order 7 not found'), hostFor('/o/7'));

    expect(reply.status).toHaveBeenCalledWith(404);
    expect(reply.header).toHaveBeenCalledWith(
      'content-type',
      PROBLEM_CONTENT_TYPE,
    );
    expect(reply.send).toHaveBeenCalledWith(
      expect.objectContaining({
        status: 404,
        detail: 'Order 7 not found',
        instance: '/o/7',
      }),
    );
  });

  it('keeps 4xx details for the client', () => {
    filter.catch(new ConflictException('email is taken'), hostFor('/users'));

    expect(reply.send).toHaveBeenCalledWith(
      expect.objectContaining({ status: 409, title: 'Conflict' }),
    );
  });

  it('answers unexpected errors with 500 and no internals', () => {
    filter.catch(new TypeError('cannot read x of undefined'), hostFor('/x'));

    expect(reply.status).toHaveBeenCalledWith(500);
    const [body] = reply.send.mock.calls[0] as [Record<string, unknown>];
    expect(JSON.stringify(body)).not.toContain('undefined');
    expect(body).not.toHaveProperty('stack');
  });
});
