import { CreateFoundationSchema1795566207870 } from './1795566207870-create-foundation-schema';
import { CreateCompetenceFrameworks1795568479984 } from './1795568479984-create-competence-frameworks';
import { CreateCourses1795569407284 } from './1795569407284-create-courses';
import { CreateCatalogEntriesAndFiles1795569765426 } from './1795569765426-create-catalog-entries-and-files';
import { CreateCatalogGeneration1795575000000 } from './1795575000000-create-catalog-generation';
import { CreateLearning1795575834242 } from './1795575834242-create-learning';
import { CreatePeerReview1795576183689 } from './1795576183689-create-peer-review';
import { CreateReminders1795576430464 } from './1795576430464-create-reminders';
import { CreateCohorts1795576815503 } from './1795576815503-create-cohorts';
import { CreateMentoring1795578341774 } from './1795578341774-create-mentoring';
import { CreateMentoringProgrammes1795578746871 } from './1795578746871-create-mentoring-programmes';
import { AddMentoringCheckIns1795579717045 } from './1795579717045-add-mentoring-check-ins';
import { AddProgrammeExclusions1795587625129 } from './1795587625129-add-programme-exclusions';
import { AddAssignmentFiles1795589904533 } from './1795589904533-add-assignment-files';

// Listed explicitly (not globbed) so they are part of the bundle, in order.
export const migrations = [
  CreateFoundationSchema1795566207870,
  CreateCompetenceFrameworks1795568479984,
  CreateCourses1795569407284,
  CreateCatalogEntriesAndFiles1795569765426,
  CreateCatalogGeneration1795575000000,
  CreateLearning1795575834242,
  CreatePeerReview1795576183689,
  CreateReminders1795576430464,
  CreateCohorts1795576815503,
  CreateMentoring1795578341774,
  CreateMentoringProgrammes1795578746871,
  AddMentoringCheckIns1795579717045,
  AddProgrammeExclusions1795587625129,
  AddAssignmentFiles1795589904533,
];
