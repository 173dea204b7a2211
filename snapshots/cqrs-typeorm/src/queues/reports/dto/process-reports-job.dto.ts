import { IsOptional, IsString, MaxLength } from 'class-validator';

/**
 * Payload of the `process-reports` job (reports queue), validated before the job is
 * enqueued: declare the fields the job needs, with their constraints.
 */
export class ProcessReportsJobDto {
  /** The record the job acts on, when there is one. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  referenceId?: string;
}
