import {
  ArgumentMetadata,
  BadRequestException,
  Injectable,
  PipeTransform,
} from '@nestjs/common';

/**
 * A route that reads `@Body()` takes a JSON object. Without this check the
 * ValidationPipe would validate a missing or `null` body as an empty object,
 * and a request the documentation calls invalid would pass.
 */
@Injectable()
export class ObjectBodyPipe implements PipeTransform {
  transform(value: unknown, { type, data }: ArgumentMetadata): unknown {
    const wholeBody = type === 'body' && data === undefined;
    if (wholeBody && !isJsonObject(value)) {
      throw new BadRequestException('The request body must be a JSON object');
    }
    return value;
  }
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
