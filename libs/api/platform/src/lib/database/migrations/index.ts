import { CreateFoundationSchema1795566207870 } from './1795566207870-create-foundation-schema';
import { CreateCompetenceFrameworks1795568479984 } from './1795568479984-create-competence-frameworks';

// Listed explicitly (not globbed) so they are part of the bundle, in order.
export const migrations = [CreateFoundationSchema1795566207870, CreateCompetenceFrameworks1795568479984];
