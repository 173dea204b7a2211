/** The brokers this app serves on and sends to (blueprints: microservices.transports). */
export const BROKERS = ['nats'] as const;

export type Broker = (typeof BROKERS)[number];

export const NATS_BROKER = 'NATS_BROKER';
