import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

/** A payload its job's DTO refuses: nothing was enqueued. */
export class InvalidJobPayloadError extends Error {
  constructor(
    readonly queue: string,
    readonly job: string,
    readonly problems: string[],
  ) {
    super(`Invalid payload for ${queue} job ${job}: ${problems.join('; ')}`);
    this.name = 'InvalidJobPayloadError';
  }
}

function messages(errors: ValidationError[]): string[] {
  return errors.flatMap((error) => [
    ...Object.values(error.constraints ?? {}),
    ...messages(error.children ?? []),
  ]);
}

/**
 * The payload as an instance of its DTO, once every constraint holds; properties the
 * DTO does not declare are refused, as the HTTP ValidationPipe refuses them.
 */
export function validateJobPayload<T>(
  queue: string,
  job: string,
  payloadClass: new () => T,
  data: unknown,
): T {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InvalidJobPayloadError(queue, job, ['payload must be an object']);
  }
  const payload = plainToInstance(payloadClass, data);
  const errors = validateSync(payload as object, {
    whitelist: true,
    forbidNonWhitelisted: true,
  });
  if (errors.length > 0) {
    throw new InvalidJobPayloadError(queue, job, messages(errors));
  }
  return payload;
}
