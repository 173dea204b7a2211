import { IsOptional, IsString, MaxLength } from 'class-validator';

/**
 * Payload of the `process-emails` job (emails queue), validated before the job is
 * enqueued: declare the fields the job needs, with their constraints.
 */
export class ProcessEmailsJobDto {
  /** The record the job acts on, when there is one. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  referenceId?: string;
}
