import { CurrentUser, Roles, type AuthUser } from '@academy/api/core';
import { MATCHING_CRITERIA } from '@academy/shared/matching';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { ProgrammesService } from './programmes.service';

export class CreateProgrammeDto {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 160)
  name!: string;

  @IsDateString({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  startsOn!: string;

  @IsDateString({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  endsOn!: string;

  @IsOptional()
  @IsUUID('all', { message: 'must be a territory id' })
  territoryId?: string;

  /** Relative weight per criterion (only the proportions matter). */
  @IsOptional()
  @IsObject()
  weights?: Record<string, number>;

  @IsOptional()
  @IsIn(['max-matched', 'max-score'])
  objective?: 'max-matched' | 'max-score';
}

export class ParticipantsDto {
  @IsArray()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  mentors!: string[];

  @IsArray()
  @ArrayMaxSize(20000)
  @IsUUID('all', { each: true })
  mentees!: string[];
}

class PairRefDto {
  @IsUUID('all', { message: 'must be a mentee (user) id' })
  menteeId!: string;

  @IsUUID('all', { message: 'must be a mentor id' })
  mentorId!: string;
}

export class EditPairsDto {
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  remove?: string[];

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PairRefDto)
  add?: PairRefDto[];
}

export class ExclusionDto extends PairRefDto {
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(0, 300)
  reason?: string;
}

export class RespondDto {
  @IsBoolean()
  accept!: boolean;
}

/** Programme rounds for partner admins (their territory) and admins. */
@ApiTags('mentoring')
@ApiBearerAuth()
@Controller('mentoring')
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Get('programmes')
  @Roles('partner_admin', 'admin')
  list(@CurrentUser() user: AuthUser) {
    return this.programmes.list(user);
  }

  @Post('programmes')
  @Roles('partner_admin', 'admin')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateProgrammeDto) {
    const weights = Object.fromEntries(
      Object.entries(dto.weights ?? {}).filter(
        ([k, v]) =>
          (MATCHING_CRITERIA as readonly string[]).includes(k) && typeof v === 'number' && v >= 0,
      ),
    );
    return this.programmes.create(user, { ...dto, weights });
  }

  @Get('programmes/:id')
  @Roles('partner_admin', 'admin')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.programmes.view(user, id);
  }

  @Get('programmes/:id/stats')
  @Roles('partner_admin', 'admin')
  stats(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.programmes.stats(user, id);
  }

  @Post('programmes/:id/participants')
  @HttpCode(200)
  @Roles('partner_admin', 'admin')
  participants(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ParticipantsDto,
  ) {
    return this.programmes.addParticipants(user, id, dto.mentors, dto.mentees);
  }

  @Post('programmes/:id/match')
  @HttpCode(200)
  @Roles('partner_admin', 'admin')
  match(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.programmes.match(user, id);
  }

  @Post('programmes/:id/pairs')
  @HttpCode(200)
  @Roles('partner_admin', 'admin')
  editPairs(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: EditPairsDto,
  ) {
    return this.programmes.editPairs(user, id, dto.remove ?? [], dto.add ?? []);
  }

  @Post('programmes/:id/exclusions')
  @HttpCode(200)
  @Roles('partner_admin', 'admin')
  exclude(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ExclusionDto) {
    return this.programmes.exclude(user, id, { menteeId: dto.menteeId, mentorId: dto.mentorId }, dto.reason ?? '');
  }

  @Delete('programmes/:id/exclusions/:menteeId/:mentorId')
  @Roles('partner_admin', 'admin')
  allow(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('menteeId', ParseUUIDPipe) menteeId: string,
    @Param('mentorId', ParseUUIDPipe) mentorId: string,
  ) {
    return this.programmes.allow(user, id, { menteeId, mentorId });
  }

  @Post('programmes/:id/publish')
  @HttpCode(200)
  @Roles('partner_admin', 'admin')
  publish(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.programmes.publish(user, id);
  }

  /** The published programme pairs the signed-in person is in. */
  @Get('programme-pairs/mine')
  minePairs(@CurrentUser() user: AuthUser) {
    return this.programmes.mine(user);
  }

  /** A matched mentor or mentee answers their programme pair. */
  @Post('programme-pairs/:id/respond')
  @HttpCode(200)
  respond(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RespondDto,
  ) {
    return this.programmes.respond(user, id, dto.accept);
  }
}
