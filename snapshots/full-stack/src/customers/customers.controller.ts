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
import { Page } from '../database/pagination';
import { BulkCreateCustomersDto } from './dto/bulk-create-customers.dto';
import { CreateCustomerDto } from './dto/create-customer.dto';
import { ListCustomersQueryDto } from './dto/list-customers-query.dto';
import {
  CustomerDetailResponse,
  CustomerResponse,
} from './dto/customer-response.dto';
import { UpdateCustomerDto } from './dto/update-customer.dto';
import { CustomersService } from './customers.service';

@Controller('customers')
export class CustomersController {
  constructor(private readonly customersService: CustomersService) {}

  @Post()
  create(@Body() dto: CreateCustomerDto): Promise<CustomerResponse> {
    return this.customersService.create(dto);
  }

  @Post('bulk')
  createMany(@Body() dto: BulkCreateCustomersDto): Promise<CustomerResponse[]> {
    return this.customersService.createMany(dto);
  }

  @Get()
  findAll(
    @Query() query: ListCustomersQueryDto,
  ): Promise<Page<CustomerResponse>> {
    return this.customersService.findAll(query);
  }

  @Get(':id')
  findOne(
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CustomerDetailResponse> {
    return this.customersService.findOne(id);
  }

  @Patch(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateCustomerDto,
  ): Promise<CustomerResponse> {
    return this.customersService.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.customersService.remove(id);
  }
}
