/** Stricter rate limit for the routes that guess passwords or send email. */
export const SENSITIVE_ROUTE_THROTTLE = {
  default: { limit: 10, ttl: 60_000 },
};

/**
 * Two tabs refreshing at once both present the same refresh token: within this
 * window the second is told to use the first's answer instead of being taken
 * for a stolen copy (which ends the session).
 */
export const REFRESH_REUSE_GRACE_MS = 10_000;
