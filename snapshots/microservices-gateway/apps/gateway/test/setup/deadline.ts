/** Short gRPC deadlines in the gateway's e2e run: a slow service fails fast. */
export function setupDeadline(): Promise<void> {
  process.env.GRPC_DEADLINE_MS = '300';
  return Promise.resolve();
}

export function teardownDeadline(): Promise<void> {
  delete process.env.GRPC_DEADLINE_MS;
  return Promise.resolve();
}
