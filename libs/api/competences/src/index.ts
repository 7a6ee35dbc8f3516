export { CompetencesModule, competencesEntities } from './lib/competences.module';
export { CompetencesService } from './lib/competences.service';
export type {
  AreaView,
  CompetenceLookup,
  CompetenceRef,
  CompetenceView,
  FrameworkDetail,
  FrameworkLevel,
  FrameworkSummary,
  ResolvedCompetence,
} from './lib/competences.models';
