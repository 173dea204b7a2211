import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

// An id sent by a client or a proxy is kept only when it looks like one (a UUID,
// a trace id): anything longer or stranger could forge or flood log lines.
const ACCEPTED_REQUEST_ID = /^[\w.:-]{1,128}$/;

const assigned = new WeakMap<IncomingMessage, string>();

/**
 * The request's id, the same for Fastify (`request.id`) and every log line: a
 * sane incoming `x-request-id`, otherwise a new UUID.
 */
export function requestIdOf(request: IncomingMessage): string {
  let id = assigned.get(request);
  if (id === undefined) {
    const incoming = request.headers[REQUEST_ID_HEADER];
    id =
      typeof incoming === 'string' && ACCEPTED_REQUEST_ID.test(incoming)
        ? incoming
        : randomUUID();
    assigned.set(request, id);
  }
  return id;
}
