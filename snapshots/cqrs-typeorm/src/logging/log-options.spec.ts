import { censorSecrets } from './log-options';

describe('censorSecrets', () => {
  it('censors a secret at the top and one or two objects down', () => {
    expect(
      censorSecrets({
        token: 't',
        body: { password: 'p', name: 'Ann' },
        req: { headers: { authorization: 'Bearer a', host: 'h' } },
      }),
    ).toEqual({
      token: '[redacted]',
      body: { password: '[redacted]', name: 'Ann' },
      req: { headers: { authorization: '[redacted]', host: 'h' } },
    });
  });

  it('looks no deeper than two objects down', () => {
    const entry = { a: { b: { c: { secret: 's' } } } };

    expect(censorSecrets(entry)).toBe(entry);
  });

  it('censors inside arrays', () => {
    expect(censorSecrets({ users: [{ password: 'p' }] })).toEqual({
      users: [{ password: '[redacted]' }],
    });
  });

  it("never changes the caller's objects", () => {
    const body = { password: 'p' };
    const entry = { body, other: { name: 'Ann' } };

    const censored = censorSecrets(entry);

    expect(body.password).toBe('p');
    expect(censored.other).toBe(entry.other);
  });

  it("keeps an error's class, message and stack", () => {
    const error = Object.assign(new TypeError('boom'), { token: 't' });

    const censored = censorSecrets({ err: error }).err;

    expect(censored).toBeInstanceOf(TypeError);
    expect(censored.message).toBe('boom');
    expect(censored.stack).toBe(error.stack);
    expect(censored.token).toBe('[redacted]');
    expect(error.token).toBe('t');
  });
});
