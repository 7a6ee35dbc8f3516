export { TestPlatform } from './lib/test-platform';
export type { HttpResult, PlatformOptions, RequestOptions } from './lib/test-platform';
export { SmtpSink, linkIn } from './lib/smtp-sink';
export type { ReceivedMail } from './lib/smtp-sink';
export { OwnRedis } from './lib/redis-server';
export { createTestDatabase } from './lib/test-database';
export { createAccount, refreshCookie, TEST_PASSWORD } from './lib/accounts';
export type { TestAccount } from './lib/accounts';
// Course documents for tests: the catalogue owns the format's sample.
export { sampleCourseDocument } from '@academy/api/catalog';
export { catalogCourseDocument, indexPublishedCourse, publishCourse, republish } from './lib/catalog';
export { freePort } from './lib/test-platform';
