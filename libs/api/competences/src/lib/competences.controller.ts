import { Public } from '@academy/api/core';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CompetencesService } from './competences.service';

@ApiTags('competences')
@Public()
@Controller('competence-frameworks')
export class CompetencesController {
  constructor(private readonly competences: CompetencesService) {}

  /** EntreComp, DigComp and GreenComp with their proficiency levels and counts. */
  @Get()
  list() {
    return this.competences.list();
  }

  /** One framework's areas and competences, in published order. */
  @Get(':code')
  get(@Param('code') code: string) {
    return this.competences.get(code);
  }
}
