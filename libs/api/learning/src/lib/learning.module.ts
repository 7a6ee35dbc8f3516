import { CatalogModule } from '@academy/api/catalog';
import { FilesModule } from '@academy/api/files';
import { IdentityModule } from '@academy/api/identity';
import { NotificationsModule } from '@academy/api/notifications';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssignmentService } from './assignments/assignment.service';
import { SubmissionFiles } from './assignments/submission-files';
import { AssignmentFileEntity } from './entities/assignment-file.entity';
import { CohortController } from './cohorts/cohort.controller';
import { CohortService } from './cohorts/cohort.service';
import { EnrolmentService } from './enrolment/enrolment.service';
import { CohortInvitationEntity } from './entities/cohort-invitation.entity';
import { CohortEntity } from './entities/cohort.entity';
import { AssignmentSubmissionEntity } from './entities/assignment-submission.entity';
import { PeerReviewEntity } from './entities/peer-review.entity';
import { EnrolmentEntity } from './entities/enrolment.entity';
import { LearnerReminderEntity } from './entities/learner-reminder.entity';
import { LessonProgressEntity } from './entities/lesson-progress.entity';
import { QuizAttemptEntity } from './entities/quiz-attempt.entity';
import { LearningController } from './learning.controller';
import { Completion } from './progress/completion';
import { ProgressService } from './progress/progress.service';
import { QuizService } from './quiz/quiz.service';
import { CourseReportController } from './reports/course-report.controller';
import { CourseReportService } from './reports/course-report.service';
import { DemoLearning } from './seed/demo-learning.seeder';
import { TeachingAccess } from './teaching-scope';

export const learningEntities = [EnrolmentEntity, LessonProgressEntity, QuizAttemptEntity, AssignmentSubmissionEntity, PeerReviewEntity, LearnerReminderEntity, CohortEntity, CohortInvitationEntity, AssignmentFileEntity];

/** Learning: enrolments, the course player's progress, quizzes, peer-reviewed assignments, completion. */
@Module({
  imports: [TypeOrmModule.forFeature(learningEntities), CatalogModule, IdentityModule, NotificationsModule, FilesModule],
  controllers: [LearningController, CohortController, CourseReportController],
  providers: [EnrolmentService, Completion, QuizService, ProgressService, TeachingAccess, AssignmentService, SubmissionFiles, CohortService, CourseReportService, DemoLearning],
  exports: [EnrolmentService, DemoLearning],
})
export class LearningModule {}
