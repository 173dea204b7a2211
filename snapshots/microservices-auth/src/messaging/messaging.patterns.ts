/**
 * Every subject, routing key, channel and topic starts with MESSAGING_NAMESPACE
 * when it is set (environments sharing one broker, or one e2e run apart from
 * another). Handlers are registered by decorators when their class loads, before
 * Nest validates the environment, so the namespace is read here at load time.
 */
const NAMESPACE = process.env.MESSAGING_NAMESPACE ?? '';

/** `name` inside this app's namespace. */
export function pattern(name: string): string {
  return NAMESPACE ? `${NAMESPACE}.${name}` : name;
}

/** Request/response on every broker: who answers, for other services and probes. */
export const PING = pattern('ping');

/** The reply to PING. */
export interface Pong {
  service: string;
  at: string;
}

/** What an entity write sends out once it has committed. */
export type EntityChange = 'created' | 'updated' | 'deleted';

/** `<entity-kebab>.created|updated|deleted`, in this app's namespace. */
export function entityEvent(entity: string, change: EntityChange): string {
  return pattern(`${entity}.${change}`);
}

/** An integration event's payload: the entity as the API returns it, or its id. */
export interface EntityEvent {
  id: string;
  [field: string]: unknown;
}

/** Integration events by name, for @EventPattern's typed handlers. */
export type EntityEvents = Record<string, EntityEvent>;
