import { IsInt, IsString } from 'class-validator';
import { GetStockRequest, ReserveRequest } from '../grpc/grpc.types';

/** The body of `POST /inventory/get-stock`: Inventory.GetStock's request. */
export class GetStockRequestDto implements GetStockRequest {
  @IsString()
  sku!: string;
}

/** The body of `POST /inventory/reserve`: Inventory.Reserve's request. */
export class ReserveRequestDto implements ReserveRequest {
  @IsInt()
  quantity!: number;

  @IsString()
  sku!: string;
}
