import { Page } from '../../database/pagination';
import { Product } from '../entities/product.entity';

/**
 * What the API returns for one Product: its own columns and the keys it holds, never
 * its relations (those appear only where they are loaded on purpose).
 */
export class ProductResponse {
  id: string;
  name: string;
  price: string;
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
    name: product.name,
    price: product.price,
    createdAt: product.createdAt.toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}
