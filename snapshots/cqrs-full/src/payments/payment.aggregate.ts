import type { AggregateDefinition } from '../cqrs/aggregate-definition';

export const PAYMENT_METHOD_VALUES = ['card', 'transfer'] as const;
export type PaymentMethod = (typeof PAYMENT_METHOD_VALUES)[number];

/** Payment's fields, as its events record them and its read model holds them. */
export type PaymentData = {
  method?: PaymentMethod | null;
  paidOn?: string | null;
  reference?: string | null;
};

/** Payment: its row in cqrs_views, written with each event. */
export const PAYMENT: AggregateDefinition = {
  type: 'Payment',
  eventSourced: false,
  deletedBy: ['PaymentDeleted'],
};
