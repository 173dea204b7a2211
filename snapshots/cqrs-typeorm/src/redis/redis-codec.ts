const DATE = '$date';

interface TaggedDate {
  [DATE]: string;
}

function isTaggedDate(value: unknown): value is TaggedDate {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as Record<string, unknown>)[DATE] === 'string'
  );
}

/** JSON that keeps Dates as Dates (plain JSON turns them into strings). */
export function encode(value: unknown): string {
  if (value === undefined) {
    throw new TypeError('undefined cannot be stored in Redis; use null');
  }
  return JSON.stringify(
    value,
    function (this: Record<string, unknown>, key: string, json: unknown) {
      const original = this[key];
      return original instanceof Date
        ? { [DATE]: original.toISOString() }
        : json;
    },
  );
}

export function decode<T>(raw: string): T {
  return JSON.parse(raw, (_key, value: unknown) =>
    isTaggedDate(value) ? new Date(value[DATE]) : value,
  ) as T;
}
