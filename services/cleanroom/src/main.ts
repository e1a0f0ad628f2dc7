// Entry point: configuration from the environment, then the service until SIGTERM/SIGINT.
import { ConfigError, loadConfig } from './config.js';
import { readEnv } from './env.js';
import { createLogger, startService } from './service.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(readEnv());
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config);
  let service;
  try {
    service = await startService(config, logger);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    const cause = err instanceof Error ? err.message : String(err);
    const variable = config.database.kind === 'external' ? 'DATABASE_URL' : 'CLEANROOM_DATA_DIR';
    process.stderr.write(`start-up failed (${variable}): ${cause}\n`);
    process.exit(1);
  }
  if (service.generatedAdmin) {
    // Printed once, on the start that generated them; only their hash is stored.
    process.stdout.write(
      `operator credentials (shown once, store them safely):\n  CLEANROOM_ADMIN_CLIENT_ID=${service.generatedAdmin.clientId}\n  CLEANROOM_ADMIN_CLIENT_SECRET=${service.generatedAdmin.clientSecret}\n`,
    );
  }
  logger.info({ url: service.url, database: config.database.kind }, 'clean room listening');

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    service
      .stop()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

await main();
