import { Page } from '../../database/pagination';
import {
  OrderResponse,
  toOrderResponse,
} from '../../orders/dto/order-response.dto';
import { Customer } from '../entities/customer.entity';

/**
 * What the API returns for one Customer: its own columns and the keys it holds, never
 * its relations (those appear only where they are loaded on purpose).
 */
export class CustomerResponse {
  id: string;
  name: string;
  email: string;
  createdAt: string;
  updatedAt: string;
}

/** One page of GET /customers. */
export class CustomerPage implements Page<CustomerResponse> {
  items: CustomerResponse[];
  total: number;
  page: number;
  limit: number;
}

export function toCustomerResponse(customer: Customer): CustomerResponse {
  return {
    id: customer.id,
    name: customer.name,
    email: customer.email,
    createdAt: customer.createdAt.toISOString(),
    updatedAt: customer.updatedAt.toISOString(),
  };
}

/** GET /customers/:id: the Customer with its relations, loaded in the same query. */
export class CustomerDetailResponse extends CustomerResponse {
  orders: OrderResponse[];
}

export function toCustomerDetailResponse(
  customer: Customer,
): CustomerDetailResponse {
  return {
    ...toCustomerResponse(customer),
    orders: customer.orders.map((item) => toOrderResponse(item)),
  };
}
