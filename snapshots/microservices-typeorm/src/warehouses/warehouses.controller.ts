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
import { BulkCreateWarehousesDto } from './dto/bulk-create-warehouses.dto';
import { CreateWarehouseDto } from './dto/create-warehouse.dto';
import { ListWarehousesQueryDto } from './dto/list-warehouses-query.dto';
import { WarehousePage, WarehouseResponse } from './dto/warehouse-response.dto';
import { UpdateWarehouseDto } from './dto/update-warehouse.dto';
import { WarehousesService } from './warehouses.service';

@ApiTags('warehouses')
@ApiProblems(429)
@Controller('warehouses')
export class WarehousesController {
  constructor(private readonly warehousesService: WarehousesService) {}

  @ApiProblems(400, 409, 422)
  @Post()
  create(@Body() dto: CreateWarehouseDto): Promise<WarehouseResponse> {
    return this.warehousesService.create(dto);
  }

  @ApiProblems(400, 409, 422)
  @Post('bulk')
  createMany(
    @Body() dto: BulkCreateWarehousesDto,
  ): Promise<WarehouseResponse[]> {
    return this.warehousesService.createMany(dto);
  }

  @ApiProblems(400)
  @Get()
  findAll(@Query() query: ListWarehousesQueryDto): Promise<WarehousePage> {
    return this.warehousesService.findAll(query);
  }

  @ApiProblems(400, 404)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Get(':id')
  findOne(@Param('id', ParseUUIDPipe) id: string): Promise<WarehouseResponse> {
    return this.warehousesService.findOne(id);
  }

  @ApiProblems(400, 404, 409, 422)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Patch(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateWarehouseDto,
  ): Promise<WarehouseResponse> {
    return this.warehousesService.update(id, dto);
  }

  @ApiProblems(400, 404, 409)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.warehousesService.remove(id);
  }
}
