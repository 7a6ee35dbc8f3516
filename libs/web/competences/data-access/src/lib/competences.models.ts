/** What GET /api/competence-frameworks[/:code] answers. */
export interface FrameworkLevel {
  level: number;
  name: string;
  band: string;
}

export interface Competence {
  id: string;
  code: string;
  title: string;
}

export interface CompetenceArea {
  code: string;
  title: string;
  competences: Competence[];
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

export interface FrameworkDetail extends Omit<FrameworkSummary, 'areaCount' | 'competenceCount'> {
  areas: CompetenceArea[];
}

/** A framework as the page shows it: the summary's counts and the detail's areas. */
export type Framework = FrameworkSummary & Pick<FrameworkDetail, 'areas'>;
