import { CatalogModule } from '@academy/api/catalog';
import { IdentityModule } from '@academy/api/identity';
import { NotificationsModule } from '@academy/api/notifications';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnrolmentService } from './enrolment/enrolment.service';
import { EnrolmentEntity } from './entities/enrolment.entity';
import { LessonProgressEntity } from './entities/lesson-progress.entity';
import { QuizAttemptEntity } from './entities/quiz-attempt.entity';
import { LearningController } from './learning.controller';
import { Completion } from './progress/completion';
import { ProgressService } from './progress/progress.service';
import { QuizService } from './quiz/quiz.service';

export const learningEntities = [EnrolmentEntity, LessonProgressEntity, QuizAttemptEntity];

/** Learning: enrolments, the course player's progress, quizzes, completion. */
@Module({
  imports: [TypeOrmModule.forFeature(learningEntities), CatalogModule, IdentityModule, NotificationsModule],
  controllers: [LearningController],
  providers: [EnrolmentService, Completion, QuizService, ProgressService],
  exports: [EnrolmentService],
})
export class LearningModule {}
