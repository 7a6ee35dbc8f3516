import { ConfigError, loadConfig } from '@academy/api/core';
import { WorkerModule } from '@academy/api/platform';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import 'reflect-metadata';

async function main() {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(loadConfig(process.env)), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // SIGTERM closes the BullMQ workers, which let their active jobs finish first.
  app.enableShutdownHooks();
  await app.init();
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
