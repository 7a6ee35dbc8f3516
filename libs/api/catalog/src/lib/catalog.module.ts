import { CompetencesModule } from '@academy/api/competences';
import { IdentityModule } from '@academy/api/identity';
import { NotificationsModule } from '@academy/api/notifications';
import { TerritoriesModule } from '@academy/api/territories';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthoringController } from './authoring/authoring.controller';
import { AuthoringService } from './authoring/authoring.service';
import { CourseStore } from './course-store';
import { DocumentValidator } from './document/document-validator';
import { CourseAuthorEntity } from './entities/course-author.entity';
import { CourseReviewEventEntity } from './entities/course-review-event.entity';
import { CourseVersionEntity } from './entities/course-version.entity';
import { CourseEntity } from './entities/course.entity';
import { ExchangeController } from './exchange/exchange.controller';
import { ExchangeService } from './exchange/exchange.service';
import { PeopleDirectory } from './people-directory';
import { PublishedCourses } from './published-courses';
import { PublicationService } from './review/publication.service';
import { ReviewEmails } from './review/review-emails';
import { ReviewController } from './review/review.controller';
import { ReviewService } from './review/review.service';
import { CatalogEntryEntity } from './search/catalog-entry.entity';
import { CatalogIndex } from './search/catalog-index.service';
import { CatalogSearchController } from './search/catalog-search.controller';
import { CatalogSearchService } from './search/catalog-search.service';
import { CoursePageService } from './search/course-page.service';
import { DemoCourses } from './seed/demo-courses.seeder';

export const catalogEntities = [
  CourseEntity,
  CourseAuthorEntity,
  CourseVersionEntity,
  CourseReviewEventEntity,
  CatalogEntryEntity,
];

@Module({
  imports: [
    TypeOrmModule.forFeature(catalogEntities),
    CompetencesModule,
    TerritoriesModule,
    NotificationsModule,
    IdentityModule,
  ],
  // Exchange first: its static routes (schema.json, import) read clearest before /courses/:id.
  controllers: [ExchangeController, AuthoringController, ReviewController, CatalogSearchController],
  providers: [
    CourseStore,
    DocumentValidator,
    PeopleDirectory,
    ReviewEmails,
    PublicationService,
    AuthoringService,
    ReviewService,
    ExchangeService,
    CatalogIndex,
    CatalogSearchService,
    CoursePageService,
    DemoCourses,
    PublishedCourses,
  ],
  exports: [AuthoringService, CatalogIndex, DemoCourses, PublishedCourses],
})
export class CatalogModule {}
