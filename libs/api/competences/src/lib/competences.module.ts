import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompetencesController } from './competences.controller';
import { CompetencesService } from './competences.service';
import { CompetenceAreaEntity } from './entities/competence-area.entity';
import { CompetenceFrameworkEntity } from './entities/competence-framework.entity';
import { CompetenceEntity } from './entities/competence.entity';
import { FrameworkLevelEntity } from './entities/framework-level.entity';

export const competencesEntities = [CompetenceFrameworkEntity, FrameworkLevelEntity, CompetenceAreaEntity, CompetenceEntity];

@Module({
  imports: [TypeOrmModule.forFeature(competencesEntities)],
  controllers: [CompetencesController],
  providers: [CompetencesService],
  exports: [CompetencesService],
})
export class CompetencesModule {}
