import {
  COURSE_LEVELS,
  COURSE_THEMES,
  LANGUAGES,
  LEARNER_PROFILES,
} from '@academy/shared/contracts';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CATALOG_SORTS, type CatalogSort } from './catalog-query';

/** Accepts `?theme=a&theme=b` and `?theme=a,b` alike. */
const list = () =>
  Transform(({ value }) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((v) => String(v).split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  );

export class CatalogSearchQuery {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsOptional()
  @list()
  @IsIn(LANGUAGES, { each: true })
  language?: (typeof LANGUAGES)[number][];

  @IsOptional()
  @list()
  @IsIn(LEARNER_PROFILES, { each: true })
  audience?: (typeof LEARNER_PROFILES)[number][];

  @IsOptional()
  @list()
  @IsIn(COURSE_THEMES, { each: true })
  theme?: (typeof COURSE_THEMES)[number][];

  @IsOptional()
  @list()
  @Matches(/^[a-z]+:[0-9a-z.]+$/i, {
    each: true,
    message: 'must be framework:code, e.g. entrecomp:2.4',
  })
  competence?: string[];

  @IsOptional()
  @list()
  @IsIn(COURSE_LEVELS, { each: true })
  level?: (typeof COURSE_LEVELS)[number][];

  @IsOptional()
  @Matches(/^(network|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, {
    message: 'must be a territory id or "network"',
  })
  territory?: string;

  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(1000)
  minHours?: number;

  @IsOptional()
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(1000)
  maxHours?: number;

  @IsOptional()
  @IsIn(CATALOG_SORTS)
  sort?: CatalogSort;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit = 20;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}
