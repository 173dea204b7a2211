import { Page } from '../../database/pagination';
import {
  OrderResponse,
  toOrderResponse,
} from '../../orders/dto/order-response.dto';
import { Product } from '../entities/product.entity';

/**
 * What the API returns for one Product: its own columns and the keys it holds, never
 * its relations (those appear only where they are loaded on purpose).
 */
export class ProductResponse {
  id: string;
  sku: string;
  price: string;
  stock: number;
  barcode: string | null;
  weight: number | null;
  active: boolean;
  releasedOn: string | null;
  availableAt: string | null;
  supplierRef: string | null;
  attributes: Record<string, unknown> | null;
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
    price: product.price,
    stock: product.stock,
    barcode: product.barcode,
    weight: product.weight,
    active: product.active,
    releasedOn: product.releasedOn,
    availableAt: product.availableAt?.toISOString() ?? null,
    supplierRef: product.supplierRef,
    attributes: product.attributes,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}

/** GET /products/:id: the Product with its relations, loaded in the same query. */
export class ProductDetailResponse extends ProductResponse {
  orders: OrderResponse[];
}

export function toProductDetailResponse(
  product: Product,
): ProductDetailResponse {
  return {
    ...toProductResponse(product),
    orders: product.orders.map((item) => toOrderResponse(item)),
  };
}
