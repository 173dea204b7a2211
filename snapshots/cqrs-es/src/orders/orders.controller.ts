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
import { CommandResultDto } from '../cqrs/dto/aggregate-view.dto';
import { ApiIdempotencyKey, IdempotencyKey } from '../cqrs/idempotency-key';
import { PageQueryDto } from '../database/pagination';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { CancelOrderCommand } from './commands/cancel-order.command';
import { PlaceOrderCommand } from './commands/place-order.command';
import { CancelOrderDto } from './dto/cancel-order.dto';
import { OrderViewDto, OrderViewPageDto } from './dto/order-view.dto';
import { PlaceOrderDto } from './dto/place-order.dto';
import { GetOrderQuery } from './queries/get-order.query';
import { ListOrdersQuery } from './queries/list-orders.query';

/**
 * Order: writes through the CommandBus, reads through the QueryBus.
 * The creating command is POST /orders, every other command
 * POST /orders/:id/<verb>; reads are GET /orders(/:id).
 */
@ApiTags('orders')
@ApiProblems(429)
@Controller('orders')
export class OrdersController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @ApiIdempotencyKey()
  @ApiProblems(400, 409)
  @Post()
  placeOrder(
    @Body() dto: PlaceOrderDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ): Promise<CommandResultDto> {
    return this.commandBus.execute(
      new PlaceOrderCommand(dto.id ?? randomUUID(), dto, { idempotencyKey }),
    );
  }

  @ApiIdempotencyKey()
  @ApiProblems(400, 404, 409)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  cancelOrder(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CancelOrderDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ): Promise<CommandResultDto> {
    return this.commandBus.execute(
      new CancelOrderCommand(id, dto, { idempotencyKey }),
    );
  }

  @ApiProblems(400)
  @Get()
  listOrders(@Query() query: PageQueryDto): Promise<OrderViewPageDto> {
    return this.queryBus.execute(
      new ListOrdersQuery(query.page, query.limit, query.order),
    );
  }

  @ApiProblems(400, 404)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Get(':id')
  getOrder(@Param('id', ParseUUIDPipe) id: string): Promise<OrderViewDto> {
    return this.queryBus.execute(new GetOrderQuery(id));
  }
}
