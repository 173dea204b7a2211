import { Page } from '../../database/pagination';
import {
  WarehouseResponse,
  toWarehouseResponse,
} from '../../warehouses/dto/warehouse-response.dto';
import { Product } from '../entities/product.entity';

/**
 * What the API returns for one Product: its own columns and the keys it holds, never
 * its relations (those appear only where they are loaded on purpose).
 */
export class ProductResponse {
  id: string;
  sku: string;
  title: string;
  price: string;
  stock: number;
  attributes: Record<string, unknown> | null;
  restockedAt: string | null;
  warehouseId: string;
  createdAt: string;
  updatedAt: string;
}

/** One page of GET /products. */
export class ProductPage implements Page<ProductResponse> {
  items: ProductResponse[];
  total: number;
  page: number;
  limit: number;
}

export function toProductResponse(product: Product): ProductResponse {
  return {
    id: product.id,
    sku: product.sku,
    title: product.title,
    price: product.price,
    stock: product.stock,
    attributes: product.attributes,
    restockedAt: product.restockedAt?.toISOString() ?? null,
    warehouseId: product.warehouseId,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}

/** GET /products/:id: the Product with its relations, loaded in the same query. */
export class ProductDetailResponse extends ProductResponse {
  warehouse: WarehouseResponse | null;
}

export function toProductDetailResponse(
  product: Product,
): ProductDetailResponse {
  return {
    ...toProductResponse(product),
    warehouse: product.warehouse
      ? toWarehouseResponse(product.warehouse)
      : null,
  };
}
