import { Writable } from 'node:stream';

const readers = new Set<string[]>();

/**
 * Where every test app writes its logs, Nest's and Fastify's, at every level.
 * pino's root logger is made once per test file, by its first app: the stream
 * stays, the readers change. Nothing reaches stdout.
 */
export const testLogs = new Writable({
  write(chunk: Buffer, _encoding, done) {
    const lines = chunk.toString().split('\n').filter(Boolean);
    for (const reader of readers) {
      reader.push(...lines);
    }
    done();
  },
});

/** The log lines the test apps write from now until `stop()`. */
export function captureLogs(): { lines: string[]; stop: () => void } {
  const lines: string[] = [];
  readers.add(lines);
  return { lines, stop: () => readers.delete(lines) };
}
