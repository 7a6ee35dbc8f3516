import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PartnerOrganisationEntity } from './entities/partner-organisation.entity';
import { TerritoryEntity } from './entities/territory.entity';
import { TerritoriesController } from './territories.controller';
import { TerritoriesService } from './territories.service';

export const territoriesEntities = [TerritoryEntity, PartnerOrganisationEntity];

@Module({
  imports: [TypeOrmModule.forFeature(territoriesEntities)],
  controllers: [TerritoriesController],
  providers: [TerritoriesService],
  exports: [TerritoriesService],
})
export class TerritoriesModule {}
