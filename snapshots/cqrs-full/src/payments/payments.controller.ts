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
import { CreatePaymentCommand } from './commands/create-payment.command';
import { DeletePaymentCommand } from './commands/delete-payment.command';
import { UpdatePaymentCommand } from './commands/update-payment.command';
import { CreatePaymentDto } from './dto/create-payment.dto';
import { DeletePaymentDto } from './dto/delete-payment.dto';
import { PaymentViewDto, PaymentViewPageDto } from './dto/payment-view.dto';
import { UpdatePaymentDto } from './dto/update-payment.dto';
import { GetPaymentQuery } from './queries/get-payment.query';
import { ListPaymentsQuery } from './queries/list-payments.query';
import type { AuthenticatedUser } from '../auth/auth.types';

/**
 * Payment: writes through the CommandBus, reads through the QueryBus.
 * The creating command is POST /payments, every other command
 * POST /payments/:id/<verb>; reads are GET /payments(/:id).
 */
@ApiTags('payments')
@ApiProblems(429)
@Controller('payments')
export class PaymentsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Access('member')
  @ApiIdempotencyKey()
  @ApiProblems(400, 409)
  @Post()
  createPayment(
    @Body() dto: CreatePaymentDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<CommandResultDto> {
    return this.commandBus.execute(
      new CreatePaymentCommand(dto.id ?? randomUUID(), dto, {
        idempotencyKey,
        ownerId: caller.id,
      }),
    );
  }

  @Access('owner')
  @ApiIdempotencyKey()
  @ApiProblems(400, 404, 409)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Post(':id/update')
  @HttpCode(HttpStatus.OK)
  updatePayment(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdatePaymentDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<CommandResultDto> {
    return this.commandBus.execute(
      new UpdatePaymentCommand(id, dto, { idempotencyKey }, ownerScope(caller)),
    );
  }

  @Access('owner')
  @ApiIdempotencyKey()
  @ApiProblems(400, 404, 409)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Post(':id/delete')
  @HttpCode(HttpStatus.OK)
  deletePayment(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DeletePaymentDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<CommandResultDto> {
    return this.commandBus.execute(
      new DeletePaymentCommand(id, dto, { idempotencyKey }, ownerScope(caller)),
    );
  }

  @Access('owner')
  @ApiProblems(400)
  @Get()
  listPayments(
    @Query() query: PageQueryDto,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<PaymentViewPageDto> {
    return this.queryBus.execute(
      new ListPaymentsQuery(
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
  getPayment(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<PaymentViewDto> {
    return this.queryBus.execute(new GetPaymentQuery(id, ownerScope(caller)));
  }
}
