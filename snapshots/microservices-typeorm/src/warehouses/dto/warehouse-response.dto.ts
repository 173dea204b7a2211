import { Page } from '../../database/pagination';
import { Warehouse } from '../entities/warehouse.entity';

/**
 * What the API returns for one Warehouse: its own columns and the keys it holds, never
 * its relations (those appear only where they are loaded on purpose).
 */
export class WarehouseResponse {
  id: string;
  code: string;
  city: string;
  createdAt: string;
  updatedAt: string;
}

/** One page of GET /warehouses. */
export class WarehousePage implements Page<WarehouseResponse> {
  items: WarehouseResponse[];
  total: number;
  page: number;
  limit: number;
}

export function toWarehouseResponse(warehouse: Warehouse): WarehouseResponse {
  return {
    id: warehouse.id,
    code: warehouse.code,
    city: warehouse.city,
    createdAt: warehouse.createdAt.toISOString(),
    updatedAt: warehouse.updatedAt.toISOString(),
  };
}
