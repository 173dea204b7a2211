// Runs in every e2e worker before the spec files are loaded.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL ??= 'silent';
