import { decode, encode } from './redis-codec';

describe('redis codec', () => {
  it('round-trips JSON values and keeps Dates as Dates', () => {
    const value = {
      at: new Date('2024-05-01T10:00:00.000Z'),
      nested: [{ when: new Date(0) }],
      name: 'Ann',
      count: 3,
      none: null,
    };

    const back = decode<typeof value>(encode(value));

    expect(back).toEqual(value);
    expect(back.at).toBeInstanceOf(Date);
    expect(back.nested[0].when).toBeInstanceOf(Date);
  });

  it('encodes a Date on its own', () => {
    const at = new Date('2030-01-01T00:00:00.000Z');

    expect(decode<Date>(encode(at))).toEqual(at);
  });

  it('leaves objects that only look alike as they are', () => {
    const value = { $date: 42, other: { $date: 'x', extra: 1 } };

    expect(decode(encode(value))).toEqual(value);
  });

  it('refuses undefined, which JSON cannot hold', () => {
    expect(() => encode(undefined)).toThrow(TypeError);
  });
});
