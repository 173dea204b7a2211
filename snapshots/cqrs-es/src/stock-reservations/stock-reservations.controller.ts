import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { CommandResultDto } from '../cqrs/dto/aggregate-view.dto';
import { ApiIdempotencyKey, IdempotencyKey } from '../cqrs/idempotency-key';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { ConfirmStockReservationCommand } from './commands/confirm-stock-reservation.command';
import { RejectStockReservationCommand } from './commands/reject-stock-reservation.command';
import { ReserveStockCommand } from './commands/reserve-stock.command';
import { ConfirmStockReservationDto } from './dto/confirm-stock-reservation.dto';
import { RejectStockReservationDto } from './dto/reject-stock-reservation.dto';
import { ReserveStockDto } from './dto/reserve-stock.dto';
import { StockReservationViewDto } from './dto/stock-reservation-view.dto';
import { GetStockReservationQuery } from './queries/get-stock-reservation.query';

/**
 * StockReservation: writes through the CommandBus, reads through the QueryBus.
 * The creating command is POST /stock-reservations, every other command
 * POST /stock-reservations/:id/<verb>; reads are GET /stock-reservations(/:id).
 */
@ApiTags('stock-reservations')
@ApiProblems(429)
@Controller('stock-reservations')
export class StockReservationsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @ApiIdempotencyKey()
  @ApiProblems(400, 409)
  @Post()
  reserveStock(
    @Body() dto: ReserveStockDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ): Promise<CommandResultDto> {
    return this.commandBus.execute(
      new ReserveStockCommand(dto.id ?? randomUUID(), dto, { idempotencyKey }),
    );
  }

  @ApiIdempotencyKey()
  @ApiProblems(400, 404, 409)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Post(':id/confirm')
  @HttpCode(HttpStatus.OK)
  confirmStockReservation(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ConfirmStockReservationDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ): Promise<CommandResultDto> {
    return this.commandBus.execute(
      new ConfirmStockReservationCommand(id, dto, { idempotencyKey }),
    );
  }

  @ApiIdempotencyKey()
  @ApiProblems(400, 404, 409)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Post(':id/reject')
  @HttpCode(HttpStatus.OK)
  rejectStockReservation(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RejectStockReservationDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ): Promise<CommandResultDto> {
    return this.commandBus.execute(
      new RejectStockReservationCommand(id, dto, { idempotencyKey }),
    );
  }

  @ApiProblems(400, 404)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Get(':id')
  getStockReservation(
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<StockReservationViewDto> {
    return this.queryBus.execute(new GetStockReservationQuery(id));
  }
}
