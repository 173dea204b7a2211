import { IsInt, IsString, Min } from 'class-validator';
import { InvalidJobPayloadError, validateJobPayload } from './job-payload';

class ProbeDto {
  @IsString()
  name: string;

  @IsInt()
  @Min(1)
  copies: number;
}

describe('validateJobPayload', () => {
  it('returns the payload as its DTO when it is valid', () => {
    const payload = validateJobPayload('print', 'render', ProbeDto, {
      name: 'invoice',
      copies: 2,
    });

    expect(payload).toBeInstanceOf(ProbeDto);
    expect(payload).toEqual({ name: 'invoice', copies: 2 });
  });

  it('names the queue, the job and every broken constraint', () => {
    const attempt = () =>
      validateJobPayload('print', 'render', ProbeDto, { name: 7, copies: 0 });

    expect(attempt).toThrow(InvalidJobPayloadError);
    expect(attempt).toThrow(
      /print job render: name must be a string; copies must not be less than 1/,
    );
  });

  it('refuses properties the DTO does not declare', () => {
    expect(() =>
      validateJobPayload('print', 'render', ProbeDto, {
        name: 'invoice',
        copies: 1,
        admin: true,
      }),
    ).toThrow('property admin should not exist');
  });

  it('refuses a payload that is not an object', () => {
    expect(() => validateJobPayload('print', 'render', ProbeDto, null)).toThrow(
      'payload must be an object',
    );
  });
});
