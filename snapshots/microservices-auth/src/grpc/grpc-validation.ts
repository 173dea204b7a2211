import { status } from '@grpc/grpc-js';
import { RpcException } from '@nestjs/microservices';
import { plainToInstance } from 'class-transformer';
import type { ClassConstructor } from 'class-transformer';
import { isUUID, validate } from 'class-validator';
import type { ValidationError } from 'class-validator';

function messages(errors: ValidationError[]): string[] {
  return errors.flatMap((error) => [
    ...Object.values(error.constraints ?? {}),
    ...messages(error.children ?? []),
  ]);
}

/**
 * A request as the HTTP API's DTO, checked by the same class-validator rules
 * (the app's ValidationPipe options): INVALID_ARGUMENT names every problem.
 */
export async function validated<T extends object>(
  type: ClassConstructor<T>,
  request: object,
): Promise<T> {
  const dto = plainToInstance(type, request);
  const errors = await validate(dto, {
    whitelist: true,
    forbidNonWhitelisted: true,
  });
  if (errors.length > 0) {
    throw new RpcException({
      code: status.INVALID_ARGUMENT,
      message: messages(errors).join('; '),
    });
  }
  return dto;
}

/** A row id, checked as the HTTP API's ParseUUIDPipe checks it. */
export function validId(id: string): string {
  if (!isUUID(id)) {
    throw new RpcException({
      code: status.INVALID_ARGUMENT,
      message: 'id must be a UUID',
    });
  }
  return id;
}
