import { ApiProperty } from '@nestjs/swagger';

/** What a command answers: the aggregate and its version after it. */
export class CommandResultDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  version: number;
}

/** An aggregate's read model. */
export class AggregateViewDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  version: number;

  @ApiProperty({ description: 'The last event applied' })
  status: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  data: Record<string, unknown>;

  @ApiProperty()
  updatedAt: Date;
}

/** One page of read models, with the total across all pages. */
export class AggregateViewPageDto {
  @ApiProperty({ type: [AggregateViewDto] })
  items: AggregateViewDto[];

  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiProperty({ type: 'integer' })
  page: number;

  @ApiProperty({ type: 'integer' })
  limit: number;
}
