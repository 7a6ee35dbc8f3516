/** Shapes the competences context hands to controllers and to other contexts. */
export interface FrameworkLevel {
  level: number;
  name: string;
  band: string;
}

export interface FrameworkSummary {
  code: string;
  title: string;
  year: number;
  source: string;
  levels: FrameworkLevel[];
  areaCount: number;
  competenceCount: number;
}

export interface CompetenceView {
  id: string;
  code: string;
  title: string;
}

export interface AreaView {
  code: string;
  title: string;
  competences: CompetenceView[];
}

export interface FrameworkDetail extends Omit<FrameworkSummary, 'areaCount' | 'competenceCount'> {
  areas: AreaView[];
}

/** How other contexts name a competence: `{ framework: 'entrecomp', code: '2.4' }`. */
export interface CompetenceRef {
  framework: string;
  code: string;
}

export interface ResolvedCompetence extends CompetenceRef {
  id: string;
  title: string;
  areaCode: string;
}

export interface CompetenceLookup {
  found: ResolvedCompetence[];
  /** The references that name no competence, as given, so callers can report each one. */
  unknown: CompetenceRef[];
}
