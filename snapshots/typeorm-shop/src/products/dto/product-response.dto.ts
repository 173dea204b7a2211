import {
  OrderResponse,
  toOrderResponse,
} from '../../orders/dto/order-response.dto';
import { Product } from '../entities/product.entity';

/**
 * What the API returns for one Product: its own columns and the keys it holds, never
 * its relations (those appear only where they are loaded on purpose).
 */
export interface ProductResponse {
  id: string;
  sku: string;
  price: string;
  createdAt: string;
  updatedAt: string;
}

export function toProductResponse(product: Product): ProductResponse {
  return {
    id: product.id,
    sku: product.sku,
    price: product.price,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}

/** GET /products/:id: the Product with its relations, loaded in the same query. */
export interface ProductDetailResponse extends ProductResponse {
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
