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
import { BulkCreateCustomersDto } from './dto/bulk-create-customers.dto';
import { CreateCustomerDto } from './dto/create-customer.dto';
import { ListCustomersQueryDto } from './dto/list-customers-query.dto';
import {
  CustomerDetailResponse,
  CustomerPage,
  CustomerResponse,
} from './dto/customer-response.dto';
import { UpdateCustomerDto } from './dto/update-customer.dto';
import { CustomersService } from './customers.service';

@ApiTags('customers')
@ApiProblems(429)
@Controller('customers')
export class CustomersController {
  constructor(private readonly customersService: CustomersService) {}

  @ApiProblems(400, 409, 422)
  @Post()
  create(@Body() dto: CreateCustomerDto): Promise<CustomerResponse> {
    return this.customersService.create(dto);
  }

  @ApiProblems(400, 409, 422)
  @Post('bulk')
  createMany(@Body() dto: BulkCreateCustomersDto): Promise<CustomerResponse[]> {
    return this.customersService.createMany(dto);
  }

  @ApiProblems(400)
  @Get()
  findAll(@Query() query: ListCustomersQueryDto): Promise<CustomerPage> {
    return this.customersService.findAll(query);
  }

  @ApiProblems(400, 404)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Get(':id')
  findOne(
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CustomerDetailResponse> {
    return this.customersService.findOne(id);
  }

  @ApiProblems(400, 404, 409, 422)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Patch(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateCustomerDto,
  ): Promise<CustomerResponse> {
    return this.customersService.update(id, dto);
  }

  @ApiProblems(400, 404, 409)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.customersService.remove(id);
  }
}
