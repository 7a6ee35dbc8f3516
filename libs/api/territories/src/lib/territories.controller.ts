import { Public } from '@academy/api/core';
import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { TerritoriesService } from './territories.service';

@ApiTags('territories')
@Public()
@Controller()
export class TerritoriesController {
  constructor(private readonly territories: TerritoriesService) {}

  /** The territories a person can choose as their home, with their partner organisations. */
  @Get('territories')
  list() {
    return this.territories.list();
  }

  @Get('network')
  async network() {
    return { name: 'MU.ST.SEE Academy', partners: await this.territories.networkPartners() };
  }
}
