import {
  LANGUAGES,
  LEARNER_PROFILES,
  ROLES,
  type Language,
  type LearnerProfile,
  type Role,
} from '@academy/shared/contracts';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class UpdateProfileDto {
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 100)
  displayName?: string;

  @IsOptional()
  @IsIn(LANGUAGES)
  preferredLanguage?: Language;

  @IsOptional()
  @IsUUID('all', { message: 'must be a territory id' })
  homeTerritoryId?: string;

  @IsOptional()
  @IsIn(LEARNER_PROFILES)
  learnerProfile?: LearnerProfile;
}

export class ChangePasswordDto {
  @IsString()
  @MaxLength(1024)
  currentPassword!: string;

  @IsString()
  @MaxLength(1024)
  newPassword!: string;
}

export class ListUsersQuery {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsUUID('all', { message: 'must be a territory id' })
  territoryId?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export class AssignRoleDto {
  @IsIn(ROLES)
  role!: Role;

  @IsOptional()
  @IsUUID('all', { message: 'must be a territory id' })
  territoryId?: string;
}
