import data from './competence-frameworks.json';

export interface FrameworkSeed {
  code: string;
  title: string;
  year: number;
  levels: { level: number; name: string; band: string }[];
  areas: { code: string; title: string; competences: { code: string; title: string }[] }[];
}

/** Copied from ../shared/data and imported (not read from disk) so it ships inside the bundle. */
export const FRAMEWORKS_SOURCE: string = data.source;
export const FRAMEWORKS: readonly FrameworkSeed[] = data.frameworks;
