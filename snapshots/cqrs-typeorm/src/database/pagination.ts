import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';

/** The largest page a list endpoint returns. */
export const MAX_PAGE_SIZE = 100;

/** The last page a list serves: beyond it the row offset would overflow. */
export const MAX_PAGE = 1_000_000;

/** The most rows one bulk create may hold. */
export const MAX_BULK_ITEMS = 100;

export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** A list's `sort`: a column (in `order`), or '-' and a column: descending. */
export type Sort<Column extends string> = Column | `-${Column}`;

/** Every `sort` of a list: each column, and each with '-' (`?sort=-price`). */
export function sortValues<Column extends string>(
  columns: readonly Column[],
): Sort<Column>[] {
  return columns.flatMap((column): Sort<Column>[] => [column, `-${column}`]);
}

/** The column a list is sorted by and its direction: '-' wins over `order`. */
export function sortOrder<Column extends string>(
  sort: Sort<Column>,
  order: SortOrder,
): [Column, SortOrder] {
  return sort.startsWith('-')
    ? [sort.slice(1) as Column, 'desc']
    : [sort as Column, order];
}

/** One page of a list, with the total across all pages. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

/** `?page=&limit=&order=` of every list endpoint. */
export class PageQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_PAGE,
    default: 1,
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page: number = 1;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    default: 20,
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = 20;

  @ApiPropertyOptional({ enum: SORT_ORDERS, default: 'desc' })
  @IsIn(SORT_ORDERS)
  order: SortOrder = 'desc';
}

/** Rows named by id, for relations set from a list of ids. */
export function toReferences(ids: string[]): { id: string }[] {
  return ids.map((id) => ({ id }));
}

/** Query strings carry text: 'true' and 'false' become booleans. */
export function toBoolean({ value }: { value: unknown }): unknown {
  if (value === 'true') {
    return true;
  }
  return value === 'false' ? false : value;
}
