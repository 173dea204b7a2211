import { createServer } from 'node:net';

/** A TCP port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * The e2e run's gRPC server gets a free port (runs beside other projects' and
 * a dev server's 5000), and the typed clients call it there.
 */
export async function setupGrpc(): Promise<void> {
  const port = await freePort();
  process.env.GRPC_PORT = String(port);
  process.env.GRPC_URL = `127.0.0.1:${port}`;
}

/** The port was only this run's: a watch-mode rerun picks a fresh one. */
export async function teardownGrpc(): Promise<void> {
  delete process.env.GRPC_PORT;
  delete process.env.GRPC_URL;
}
