import type { AggregateDefinition } from '../cqrs/aggregate-definition';

/** Invoice: event-sourced (its state is its events). */
export const INVOICE: AggregateDefinition = {
  type: 'Invoice',
  eventSourced: true,
  deletedBy: [],
};
