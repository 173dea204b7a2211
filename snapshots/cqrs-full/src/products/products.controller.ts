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
import { Access } from '../auth/decorators/access.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { BulkCreateProductsDto } from './dto/bulk-create-products.dto';
import { CreateProductDto } from './dto/create-product.dto';
import { ListProductsQueryDto } from './dto/list-products-query.dto';
import { ProductPage, ProductResponse } from './dto/product-response.dto';
import { UpdateProductDto } from './dto/update-product.dto';
import { ProductsService } from './products.service';

@ApiTags('products')
@ApiProblems(429)
@Controller('products')
export class ProductsController {
  constructor(private readonly productsService: ProductsService) {}

  @Access('member')
  @ApiProblems(400, 409, 422)
  @Post()
  create(@Body() dto: CreateProductDto): Promise<ProductResponse> {
    return this.productsService.create(dto);
  }

  @Access('member')
  @ApiProblems(400, 409, 422)
  @Post('bulk')
  createMany(@Body() dto: BulkCreateProductsDto): Promise<ProductResponse[]> {
    return this.productsService.createMany(dto);
  }

  @Access('member')
  @ApiProblems(400)
  @Get()
  findAll(@Query() query: ListProductsQueryDto): Promise<ProductPage> {
    return this.productsService.findAll(query);
  }

  @Access('member')
  @ApiProblems(400, 404)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Get(':id')
  findOne(@Param('id', ParseUUIDPipe) id: string): Promise<ProductResponse> {
    return this.productsService.findOne(id);
  }

  @Access('member')
  @ApiProblems(400, 404, 409, 422)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Patch(':id')
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateProductDto,
  ): Promise<ProductResponse> {
    return this.productsService.update(id, dto);
  }

  @Access('member')
  @ApiProblems(400, 404, 409)
  @ApiParam({ name: 'id', format: 'uuid' })
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.productsService.remove(id);
  }
}
