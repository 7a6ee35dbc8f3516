import { APP_CONFIG, ConfigError, loadConfig, type AppConfig } from '@academy/api/core';
import 'reflect-metadata';
import { createApp } from '@academy/api/platform';

async function main() {
  const app = await createApp(loadConfig(process.env));
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((error: unknown) => {
  // A bad configuration is the operator's to fix: say which variable, without a stack trace.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
