import { IdentityModule } from '@academy/api/identity';
import { NotificationsModule } from '@academy/api/notifications';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MenteeProfileEntity } from './entities/mentee-profile.entity';
import { MentorProfileEntity } from './entities/mentor-profile.entity';
import { MentoringSessionEntity } from './entities/mentoring-session.entity';
import { MentorshipRequestEntity } from './entities/mentorship-request.entity';
import { PrivateNoteEntity } from './entities/private-note.entity';
import { ProgrammeExclusionEntity } from './entities/programme-exclusion.entity';
import { ProgrammePairEntity } from './entities/programme-pair.entity';
import { ProgrammeParticipantEntity } from './entities/programme-participant.entity';
import { ProgrammeEntity } from './entities/programme.entity';
import { RelationshipAnswerEntity } from './entities/relationship-answer.entity';
import { RelationshipEntity } from './entities/relationship.entity';
import { SessionFeedbackEntity } from './entities/session-feedback.entity';
import { MentoringController } from './mentoring.controller';
import { MentoringEmails } from './mentoring-emails';
import { ProfilesService } from './profiles/profiles.service';
import { ProgrammesController } from './programmes/programmes.controller';
import { ProgrammesService } from './programmes/programmes.service';
import { RelationshipsService } from './relationships/relationships.service';
import { RequestsService } from './requests/requests.service';
import { SuggestionsService } from './requests/suggestions.service';
import { DemoMentoring } from './seed/demo-mentoring.seeder';

export const mentoringEntities = [
  MentorProfileEntity,
  MenteeProfileEntity,
  MentorshipRequestEntity,
  RelationshipEntity,
  MentoringSessionEntity,
  SessionFeedbackEntity,
  PrivateNoteEntity,
  ProgrammeEntity,
  ProgrammeParticipantEntity,
  ProgrammePairEntity,
  ProgrammeExclusionEntity,
  RelationshipAnswerEntity,
];

/** Peer mentoring: profiles, explained suggestions, requests, programme rounds, relationships and sessions. */
@Module({
  imports: [TypeOrmModule.forFeature(mentoringEntities), NotificationsModule, IdentityModule],
  controllers: [MentoringController, ProgrammesController],
  providers: [MentoringEmails, ProfilesService, SuggestionsService, RequestsService, RelationshipsService, ProgrammesService, DemoMentoring],
  exports: [DemoMentoring],
})
export class MentoringModule {}
