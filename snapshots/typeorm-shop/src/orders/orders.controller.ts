import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { BulkCreateOrdersDto } from './dto/bulk-create-orders.dto';
import { CreateOrderDto } from './dto/create-order.dto';
import { ListOrdersQueryDto } from './dto/list-orders-query.dto';
import {
  OrderDetailResponse,
  OrderPage,
  OrderResponse,
} from './dto/order-response.dto';
import { UpdateOrderDto } from './dto/update-order.dto';
import { OrdersService } from './orders.service';

@ApiTags('orders')
@ApiProblems(429)
@Controller('orders')
export class OrdersController {
  constructor(private readonly ordersService: OrdersService) {}

  @ApiProblems(400, 409, 422)
  @Post()
  create(@Body() dto: CreateOrderDto): Promise<OrderResponse> {
    return this.ordersService.create(dto);
  }

  @ApiProblems(400, 409, 422)
  @Post('bulk')
  createMany(@Body() dto: BulkCreateOrdersDto): Promise<OrderResponse[]> {
    return this.ordersService.createMany(dto);
  }

  @ApiProblems(400)
  @Get()
  findAll(@Query() query: ListOrdersQueryDto): Promise<OrderPage> {
    return this.ordersService.findAll(query);
  }

  @ApiProblems(400, 404)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Get(':id')
  findOne(
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<OrderDetailResponse> {
    return this.ordersService.findOne(id);
  }

  @ApiProblems(400, 404, 409, 422)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Patch(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateOrderDto,
  ): Promise<OrderResponse> {
    return this.ordersService.update(id, dto);
  }

  @ApiProblems(400, 404, 409)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.ordersService.remove(id);
  }
}
