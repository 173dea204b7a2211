import { TransformFnParams } from 'class-transformer';
import { ValidateBy, ValidationArguments } from 'class-validator';
import { FastifyServerOptions } from 'fastify';
import { isIP } from 'node:net';

/**
 * The proxies whose X-Forwarded-For the app believes (TRUST_PROXY): how many
 * sit in front of it, or their addresses and CIDRs. Empty trusts none.
 */
export type TrustProxy = number | string[];

// proxy-addr's names for well-known ranges (uniquelocal: 10/8, 172.16/12, ...).
const RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
const TRUST_EVERYONE = /^(true|yes|on|\*|all)$/i;

/** "2" is a hop count, "10.0.0.1, 10.1.0.0/16" a list; anything else stays as written. */
export function parseTrustProxy({ key, obj }: TransformFnParams): unknown {
  const raw: unknown = (obj as Record<string, unknown>)[key];
  if (typeof raw !== 'string') {
    return raw;
  }
  const value = raw.trim();
  if (/^\d+$/.test(value)) {
    return Number(value);
  }
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  return items.every(isTrustedAddress) ? items : raw;
}

/** A hop count or a list of addresses/CIDRs; production never trusts everyone. */
export function IsTrustProxy(): PropertyDecorator {
  return ValidateBy({
    name: 'isTrustProxy',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) =>
        trustProxyProblem(value, args) === null,
      defaultMessage: (args?: ValidationArguments) =>
        trustProxyProblem(args?.value, args) ?? '',
    },
  });
}

/** Fastify's trustProxy option for a validated TRUST_PROXY. */
export function fastifyTrustProxy(
  trusted: TrustProxy,
): FastifyServerOptions['trustProxy'] {
  if (typeof trusted === 'number') {
    // Fastify ignores a bare hop count (it cannot check the peer), so the
    // count becomes a function: only the nearest `trusted` hops are believed.
    return trusted > 0 ? (_address, hop) => hop < trusted : false;
  }
  return trusted.length > 0 ? trusted : false;
}

function trustProxyProblem(
  value: unknown,
  args?: ValidationArguments,
): string | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) {
    return null;
  }
  const production =
    (args?.object as { NODE_ENV?: string } | undefined)?.NODE_ENV ===
    'production';
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    const everyone = value.find((item) => item.endsWith('/0'));
    return production && everyone
      ? `TRUST_PROXY=${everyone} trusts every address's X-Forwarded-For, which defeats every per-address limit: name the proxies in front of the app`
      : null;
  }
  if (typeof value === 'string' && TRUST_EVERYONE.test(value.trim())) {
    return `TRUST_PROXY=${value} would trust every client's X-Forwarded-For, which defeats every per-address limit: give the hop count of the proxies in front of the app (e.g. 1) or their addresses/CIDRs`;
  }
  return `TRUST_PROXY must be a hop count (e.g. 1) or comma-separated proxy addresses/CIDRs (empty trusts none), not "${String(value)}"`;
}

function isTrustedAddress(item: string): boolean {
  if (RANGE_NAMES.includes(item)) {
    return true;
  }
  const [address, prefix, ...rest] = item.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) {
    return false;
  }
  if (prefix === undefined) {
    return true;
  }
  const maxPrefix = version === 4 ? 32 : 128;
  return /^\d+$/.test(prefix) && Number(prefix) <= maxPrefix;
}
