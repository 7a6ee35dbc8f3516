export { NotificationsModule, NotificationsWorkerModule, notificationsEntities } from './lib/notifications.module';
export { OutboxService } from './lib/outbox.service';
export { EmailDeliveryService } from './lib/delivery/email-delivery.service';
export { OutboxRelay } from './lib/delivery/outbox-relay';
export { renderEmail } from './lib/templates/render';
export { EventDispatcher } from './lib/delivery/event-dispatcher';
export type { DomainEvent, EventHandler } from './lib/delivery/event-dispatcher';
export { EmailPreferencesService } from './lib/preferences/email-preferences.service';
