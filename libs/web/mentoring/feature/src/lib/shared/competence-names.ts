import { frameworkName } from '@academy/web/i18n';
import type { FrameworkLevel } from '@academy/web/competences/data-access';

/** The part of a framework the names need (CompetencesStore's frameworks). */
export interface NamedFramework {
  code: string;
  levels: FrameworkLevel[];
  areas: { competences: { code: string; title: string }[] }[];
}

/**
 * "Financial and economic literacy (EntreComp 2.4)": a competence code ("entrecomp:2.4") by its
 * title in the frameworks' catalogue, with its code; the code alone while the catalogue loads.
 */
export function competenceName(frameworks: readonly NamedFramework[], code: string): string {
  const at = code.indexOf(':');
  const framework = at < 0 ? '' : code.slice(0, at);
  const own = at < 0 ? code : code.slice(at + 1);
  const label = `${frameworkName(framework)} ${own}`.trim();
  const title = frameworks
    .find((f) => f.code === framework)
    ?.areas.flatMap((a) => a.competences)
    .find((c) => c.code === own)?.title;
  return title ? `${title} (${label})` : label;
}

/** "5 · Improve": a proficiency level with its name in the framework, when it has one. */
export function levelName(
  frameworks: readonly NamedFramework[],
  code: string,
  level: number,
): string {
  const framework = code.slice(0, Math.max(0, code.indexOf(':')));
  const name = frameworks
    .find((f) => f.code === framework)
    ?.levels.find((l) => l.level === level)?.name;
  return name ? `${level} · ${name}` : String(level);
}
