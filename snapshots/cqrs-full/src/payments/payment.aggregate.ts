import type { AggregateDefinition } from '../cqrs/aggregate-definition';

/** Payment: its row in cqrs_views, written with each event. */
export const PAYMENT: AggregateDefinition = {
  type: 'Payment',
  eventSourced: false,
  deletedBy: ['PaymentDeleted'],
};
