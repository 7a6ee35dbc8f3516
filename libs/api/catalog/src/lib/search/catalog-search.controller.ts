import { Public } from '@academy/api/core';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CatalogSearchQuery } from './catalog-search.dto';
import { CatalogSearchService } from './catalog-search.service';
import { CoursePageService } from './course-page.service';

@ApiTags('catalogue')
@Public()
@Controller('catalog')
export class CatalogSearchController {
  constructor(
    private readonly catalog: CatalogSearchService,
    private readonly pages: CoursePageService,
  ) {}

  /** Published courses, searchable in their own language, filtered, sorted, paged by cursor. */
  @Get('courses')
  search(@Query() query: CatalogSearchQuery) {
    return this.catalog.search({
      q: query.q,
      languages: query.language,
      audiences: query.audience,
      themes: query.theme,
      competences: query.competence,
      levels: query.level,
      territory: query.territory,
      minHours: query.minHours,
      maxHours: query.maxHours,
      sort: query.sort,
      limit: query.limit,
      cursor: query.cursor,
    });
  }

  /** The public page of a published course (syllabus, outcomes, competences, authors). */
  @Get('courses/:slug')
  page(@Param('slug') slug: string) {
    return this.pages.get(slug.slice(0, 200));
  }
}
