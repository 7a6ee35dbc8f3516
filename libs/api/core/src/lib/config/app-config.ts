import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const csv = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));

const url = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((v) => protocols.includes(new URL(v).protocol), {
      message: `must start with ${protocols.join(' or ')}`,
    });

/**
 * Every setting of the API and the worker. This is the only place that reads the
 * environment; `.env.example` documents each variable.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: url(['http:', 'https:']).default('http://localhost:3000'),
  DATABASE_URL: url(['postgres:', 'postgresql:']),
  REDIS_URL: url(['redis:', 'rediss:']),
  SMTP_URL: url(['smtp:', 'smtps:']),
  MAIL_FROM: z.string().min(3).default('MU.ST.SEE Academy <no-reply@academy.local>'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  COOKIE_SECURE: bool.default(true),
  CORS_ORIGINS: csv.optional(),
  WEB_DIST_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  QUEUE_PREFIX: z.string().regex(/^[a-z0-9:_-]+$/i).default('academy'),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(100),
  LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  EMAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(1000),
  /** Where uploaded files are kept by the local-disk storage. */
  FILES_DIR: z.string().min(1).default('.data/files'),
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).max(1_073_741_824).default(20 * 1024 * 1024),
  /** Hosts that course videos may come from (embedding an arbitrary site is a privacy risk). */
  /** How often the worker looks for learners to remind (each is reminded at most weekly). */
  REMINDERS_EVERY_MINUTES: z.coerce.number().int().min(1).max(10_080).default(60),
  /** Search pages each API process keeps (0 turns the catalogue's page cache off). */
  CATALOG_CACHE_ENTRIES: z.coerce.number().int().min(0).max(100_000).default(2000),
  VIDEO_HOSTS: csv.default(['www.youtube-nocookie.com', 'www.youtube.com', 'youtube.com', 'youtu.be', 'vimeo.com', 'player.vimeo.com']),
});

export type AppConfig = Omit<z.output<typeof schema>, 'CORS_ORIGINS'> & { CORS_ORIGINS: string[] };

export class ConfigError extends Error {}

/** Parses and validates the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.code === 'invalid_type' && cleaned[String(issue.path[0])] === undefined ? 'is required' : issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example.`);
  }
  const config = result.data;
  return { ...config, CORS_ORIGINS: config.CORS_ORIGINS ?? [new URL(config.PUBLIC_URL).origin] };
}
