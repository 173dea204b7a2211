/** Stricter rate limit for the routes that guess passwords or send email. */
export const SENSITIVE_ROUTE_THROTTLE = {
  default: { limit: 10, ttl: 60_000 },
};
