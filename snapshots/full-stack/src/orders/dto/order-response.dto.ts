import {
  CustomerResponse,
  toCustomerResponse,
} from '../../customers/dto/customer-response.dto';
import { Page } from '../../database/pagination';
import { Order, OrderStatus } from '../entities/order.entity';

/**
 * What the API returns for one Order: its own columns and the keys it holds, never
 * its relations (those appear only where they are loaded on purpose).
 */
export class OrderResponse {
  id: string;
  total: string;
  status: OrderStatus;
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
    status: order.status,
    customerId: order.customerId,
    createdAt: order.createdAt.toISOString(),
    updatedAt: order.updatedAt.toISOString(),
  };
}

/** GET /orders/:id: the Order with its relations, loaded in the same query. */
export class OrderDetailResponse extends OrderResponse {
  customer: CustomerResponse | null;
}

export function toOrderDetailResponse(order: Order): OrderDetailResponse {
  return {
    ...toOrderResponse(order),
    customer: order.customer ? toCustomerResponse(order.customer) : null,
  };
}
