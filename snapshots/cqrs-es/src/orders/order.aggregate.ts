import type { AggregateDefinition } from '../cqrs/aggregate-definition';

export const ORDER_CHANNEL_VALUES = ['web', 'phone'] as const;
export type OrderChannel = (typeof ORDER_CHANNEL_VALUES)[number];

/** Order's fields, as its events record them and its read model holds them. */
export type OrderData = {
  customer: string;
  total: string;
  channel: OrderChannel;
  note?: string | null;
};

/** Order: event-sourced (its state is its events). */
export const ORDER: AggregateDefinition = {
  type: 'Order',
  eventSourced: true,
  deletedBy: [],
};
