import type { AggregateDefinition } from '../cqrs/aggregate-definition';

/** Invoice's fields, as its events record them and its read model holds them. */
export type InvoiceData = {
  customer: string;
  total: string;
};

/** Invoice: event-sourced (its state is its events). */
export const INVOICE: AggregateDefinition = {
  type: 'Invoice',
  eventSourced: true,
  deletedBy: [],
};
