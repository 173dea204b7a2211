import type { AggregateDefinition } from '../cqrs/aggregate-definition';

/** Order: event-sourced (its state is its events). */
export const ORDER: AggregateDefinition = {
  type: 'Order',
  eventSourced: true,
  deletedBy: [],
};
