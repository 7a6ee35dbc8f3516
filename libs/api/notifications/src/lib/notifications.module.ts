import { QUEUES } from '@academy/shared/contracts';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmailDeliveryService } from './delivery/email-delivery.service';
import { EmailProcessor } from './delivery/email.processor';
import { EmailTransport } from './delivery/email-transport';
import { EventDispatcher, EventsProcessor } from './delivery/event-dispatcher';
import { OutboxRelay } from './delivery/outbox-relay';
import { EmailPreferenceEntity } from './entities/email-preference.entity';
import { OutboxMessageEntity } from './entities/outbox-message.entity';
import { EmailPreferencesController } from './preferences/email-preferences.controller';
import { EmailPreferencesService } from './preferences/email-preferences.service';
import { OutboxAdminController } from './outbox-admin.controller';
import { OutboxService } from './outbox.service';

export const notificationsEntities = [OutboxMessageEntity, EmailPreferenceEntity];

/** API side: contexts write emails to the outbox; admins see and retry failures; people choose optional emails. */
@Module({
  imports: [TypeOrmModule.forFeature(notificationsEntities)],
  controllers: [OutboxAdminController, EmailPreferencesController],
  providers: [OutboxService, EmailPreferencesService],
  exports: [OutboxService, EmailPreferencesService],
})
export class NotificationsModule {}

/**
 * Worker side: relays the outbox to its queues, sends each email and hands each domain event
 * to the handlers other contexts register with the EventDispatcher.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(notificationsEntities),
    BullModule.registerQueue({ name: QUEUES.email }, { name: QUEUES.events }),
  ],
  providers: [EmailTransport, EmailDeliveryService, OutboxRelay, EmailProcessor, EventDispatcher, EventsProcessor, OutboxService, EmailPreferencesService],
  exports: [EmailDeliveryService, OutboxRelay, EventDispatcher, OutboxService, EmailPreferencesService],
})
export class NotificationsWorkerModule {}
