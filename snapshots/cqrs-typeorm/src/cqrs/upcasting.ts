import type { StoredEvent } from './domain-event';

/**
 * Turns the payload of an older version of an event type into the next
 * version's. Register one per (type, version) in UPCASTERS when an event's
 * payload changes shape: stored rows are never rewritten, they are read up.
 */
export type Upcaster = (
  payload: Record<string, unknown>,
) => Record<string, unknown>;

/** `type` → version → the upcaster from that version to the next. */
export type Upcasters = Readonly<
  Record<string, Readonly<Record<number, Upcaster>>>
>;

/** The current version of every event type (1 unless an upcaster says more). */
export const UPCASTERS: Upcasters = {};

/** A stored event brought up to its type's current version. */
export function upcast(
  event: StoredEvent,
  upcasters: Upcasters = UPCASTERS,
): StoredEvent {
  const steps = upcasters[event.type] ?? {};
  let { payload, eventVersion } = event;
  for (let step = steps[eventVersion]; step; step = steps[eventVersion]) {
    payload = step(payload);
    eventVersion += 1;
  }
  return { ...event, payload, eventVersion };
}

/** The version a newly appended event of `type` is written with. */
export function currentVersion(
  type: string,
  upcasters: Upcasters = UPCASTERS,
): number {
  const versions = Object.keys(upcasters[type] ?? {}).map(Number);
  return versions.length === 0 ? 1 : Math.max(...versions) + 1;
}
