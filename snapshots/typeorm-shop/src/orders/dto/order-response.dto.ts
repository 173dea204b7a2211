import { Page } from '../../database/pagination';
import {
  ProductResponse,
  toProductResponse,
} from '../../products/dto/product-response.dto';
import {
  UserResponse,
  toUserResponse,
} from '../../users/dto/user-response.dto';
import { Order } from '../entities/order.entity';

/**
 * What the API returns for one Order: its own columns and the keys it holds, never
 * its relations (those appear only where they are loaded on purpose).
 */
export class OrderResponse {
  id: string;
  total: string;
  customerId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One page of GET /orders. */
export class OrderPage implements Page<OrderResponse> {
  items: OrderResponse[];
  total: number;
  page: number;
  limit: number;
}

export function toOrderResponse(order: Order): OrderResponse {
  return {
    id: order.id,
    total: order.total,
    customerId: order.customerId,
    createdAt: order.createdAt.toISOString(),
    updatedAt: order.updatedAt.toISOString(),
  };
}

/** GET /orders/:id: the Order with its relations, loaded in the same query. */
export class OrderDetailResponse extends OrderResponse {
  customer: UserResponse | null;
  products: ProductResponse[];
}

export function toOrderDetailResponse(order: Order): OrderDetailResponse {
  return {
    ...toOrderResponse(order),
    customer: order.customer ? toUserResponse(order.customer) : null,
    products: order.products.map((item) => toProductResponse(item)),
  };
}
