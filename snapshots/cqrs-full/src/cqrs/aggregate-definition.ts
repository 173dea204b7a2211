import type { EventMetadata } from './domain-event';

/** What the generic stores need to know of one aggregate. */
export interface AggregateDefinition {
  /** The aggregate_type of its rows, e.g. 'Order'. */
  readonly type: string;
  /** Its state is its events (with snapshots), not a row it overwrites. */
  readonly eventSourced: boolean;
  /** Event types after which the aggregate no longer exists. */
  readonly deletedBy: readonly string[];
}

/** An aggregate's state: its fields, the last event applied and its version. */
export interface AggregateState {
  readonly id: string;
  readonly version: number;
  readonly status: string;
  readonly data: Record<string, unknown>;
  readonly deleted: boolean;
  /**
   * The account it belongs to (its creating event's metadata): members reach
   * only their own aggregates. None when a saga created it without an owner.
   */
  readonly ownerId?: string;
}

/** The state after one more event. */
export function applyEvent(
  definition: AggregateDefinition,
  state: AggregateState | undefined,
  event: {
    aggregateId: string;
    version: number;
    type: string;
    payload: Record<string, unknown>;
    metadata: EventMetadata;
  },
): AggregateState {
  return {
    id: event.aggregateId,
    version: event.version,
    status: event.type,
    data: { ...state?.data, ...event.payload },
    deleted: definition.deletedBy.includes(event.type),
    ownerId: state ? state.ownerId : event.metadata.ownerId,
  };
}
