import { BadRequestException } from '@nestjs/common';
import { ObjectBodyPipe } from './object-body.pipe';

describe('ObjectBodyPipe', () => {
  const pipe = new ObjectBodyPipe();

  it.each([undefined, null, [], 'text', 42])('refuses the body %p', (body) => {
    expect(() => pipe.transform(body, { type: 'body' })).toThrow(
      BadRequestException,
    );
  });

  it('passes an object body and other parameters unchanged', () => {
    expect(pipe.transform({}, { type: 'body' })).toEqual({});
    expect(pipe.transform(undefined, { type: 'query' })).toBeUndefined();
    expect(pipe.transform(null, { type: 'body', data: 'note' })).toBeNull();
  });
});
