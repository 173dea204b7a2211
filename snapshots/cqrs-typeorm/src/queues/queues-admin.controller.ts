import {
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/decorators/access.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { DeadLetterEntry } from './dead-letters';
import { DeadLettersQueryDto } from './dto/dead-letters-query.dto';
import { ManagedQueue } from './queue-producer';
import { QueueOverview, QueueRegistry } from './queues.registry';

export interface RedriveResult {
  /** Ids of the jobs that run again. */
  redriven: string[];
}

/**
 * Queue administration: jobs per state, dead letters and their re-drive.
 * Admins only: dead letters hold other users' payloads.
 */
@ApiTags('queues')
@ApiProblems(429)
@Controller('admin/queues')
export class QueuesAdminController {
  constructor(private readonly registry: QueueRegistry) {}

  @Access('admin')
  @Get()
  list(): Promise<QueueOverview[]> {
    return this.registry.overviews();
  }

  @Access('admin')
  @ApiProblems(404)
  @Get(':queue')
  async get(@Param('queue') name: string): Promise<QueueOverview> {
    const overview = await this.registry.overview(name);
    if (!overview) {
      throw new NotFoundException(`Unknown queue ${name}`);
    }
    return overview;
  }

  @Access('admin')
  @ApiProblems(400, 404)
  @Get(':queue/dead-letters')
  deadLetters(
    @Param('queue') name: string,
    @Query() query: DeadLettersQueryDto,
  ): Promise<DeadLetterEntry[]> {
    return this.producer(name).listDeadLetters(query.limit);
  }

  /** Runs every dead letter of the queue again (up to 1000 per call). */
  @Access('admin')
  @ApiProblems(404)
  @Post(':queue/dead-letters/redrive')
  @HttpCode(HttpStatus.OK)
  async redriveAll(@Param('queue') name: string): Promise<RedriveResult> {
    return { redriven: await this.producer(name).redrive() };
  }

  @Access('admin')
  @ApiProblems(404)
  @Post(':queue/dead-letters/:id/redrive')
  @HttpCode(HttpStatus.OK)
  async redriveOne(
    @Param('queue') name: string,
    @Param('id') id: string,
  ): Promise<RedriveResult> {
    const redriven = await this.producer(name).redrive([id]);
    if (redriven.length === 0) {
      throw new NotFoundException(`No dead letter ${id} in queue ${name}`);
    }
    return { redriven };
  }

  private producer(name: string): ManagedQueue {
    const producer = this.registry.find(name);
    if (!producer) {
      throw new NotFoundException(`Unknown queue ${name}`);
    }
    return producer;
  }
}
