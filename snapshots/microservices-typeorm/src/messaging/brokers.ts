/** The brokers this app serves on and sends to (blueprints: microservices.transports). */
export const BROKERS = ['nats', 'rabbitmq'] as const;

export type Broker = (typeof BROKERS)[number];

export const NATS_BROKER = 'NATS_BROKER';
export const RABBITMQ_BROKER = 'RABBITMQ_BROKER';
