/** The connection for commands: cache, locks, sessions, rate limits, publishing. */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

/** The connection in subscriber mode: it only subscribes and receives messages. */
export const REDIS_SUBSCRIBER = Symbol('REDIS_SUBSCRIBER');

/** RedisModuleOptions, read once from the environment. */
export const REDIS_MODULE_OPTIONS = Symbol('REDIS_MODULE_OPTIONS');
