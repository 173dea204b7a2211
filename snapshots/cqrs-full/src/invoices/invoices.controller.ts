import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Access } from '../auth/decorators/access.decorator';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { ownerScope } from '../auth/ownership';
import { CommandResultDto } from '../cqrs/dto/aggregate-view.dto';
import { ApiIdempotencyKey, IdempotencyKey } from '../cqrs/idempotency-key';
import { PageQueryDto } from '../database/pagination';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { IssueInvoiceCommand } from './commands/issue-invoice.command';
import { PayInvoiceCommand } from './commands/pay-invoice.command';
import { VoidInvoiceCommand } from './commands/void-invoice.command';
import { InvoiceViewDto, InvoiceViewPageDto } from './dto/invoice-view.dto';
import { IssueInvoiceDto } from './dto/issue-invoice.dto';
import { PayInvoiceDto } from './dto/pay-invoice.dto';
import { VoidInvoiceDto } from './dto/void-invoice.dto';
import { GetInvoiceQuery } from './queries/get-invoice.query';
import { ListInvoicesQuery } from './queries/list-invoices.query';
import type { AuthenticatedUser } from '../auth/auth.types';

/**
 * Invoice: writes through the CommandBus, reads through the QueryBus.
 * The creating command is POST /invoices, every other command
 * POST /invoices/:id/<verb>; reads are GET /invoices(/:id).
 */
@ApiTags('invoices')
@ApiProblems(429)
@Controller('invoices')
export class InvoicesController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Access('member')
  @ApiIdempotencyKey()
  @ApiProblems(400, 409)
  @Post()
  issueInvoice(
    @Body() dto: IssueInvoiceDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<CommandResultDto> {
    return this.commandBus.execute(
      new IssueInvoiceCommand(dto.id ?? randomUUID(), dto, {
        idempotencyKey,
        ownerId: caller.id,
      }),
    );
  }

  @Access('owner')
  @ApiIdempotencyKey()
  @ApiProblems(400, 404, 409)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Post(':id/pay')
  @HttpCode(HttpStatus.OK)
  payInvoice(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PayInvoiceDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<CommandResultDto> {
    return this.commandBus.execute(
      new PayInvoiceCommand(id, dto, { idempotencyKey }, ownerScope(caller)),
    );
  }

  @Access('owner')
  @ApiIdempotencyKey()
  @ApiProblems(400, 404, 409)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Post(':id/void')
  @HttpCode(HttpStatus.OK)
  voidInvoice(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: VoidInvoiceDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<CommandResultDto> {
    return this.commandBus.execute(
      new VoidInvoiceCommand(id, dto, { idempotencyKey }, ownerScope(caller)),
    );
  }

  @Access('owner')
  @ApiProblems(400)
  @Get()
  listInvoices(
    @Query() query: PageQueryDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<InvoiceViewPageDto> {
    return this.queryBus.execute(
      new ListInvoicesQuery(
        query.page,
        query.limit,
        query.order,
        ownerScope(caller),
      ),
    );
  }

  @Access('owner')
  @ApiProblems(400, 404)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Get(':id')
  getInvoice(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<InvoiceViewDto> {
    return this.queryBus.execute(new GetInvoiceQuery(id, ownerScope(caller)));
  }
}
