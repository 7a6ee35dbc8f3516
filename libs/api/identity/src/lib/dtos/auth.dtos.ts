import {
  LANGUAGES,
  LEARNER_PROFILES,
  type Language,
  type LearnerProfile,
} from '@academy/shared/contracts';
import { Transform } from 'class-transformer';
import { Equals, IsEmail, IsIn, IsString, IsUUID, Length, MaxLength } from 'class-validator';

const trimLower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RegisterDto {
  @Transform(trimLower)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320)
  email!: string;

  /** Length and commonness are checked by the password policy, with a clearer message. */
  @IsString()
  @MaxLength(1024)
  password!: string;

  @Transform(trim)
  @IsString()
  @Length(1, 100)
  displayName!: string;

  @IsIn(LANGUAGES)
  preferredLanguage!: Language;

  @IsUUID('all', { message: 'must be a territory id' })
  homeTerritoryId!: string;

  @IsIn(LEARNER_PROFILES)
  learnerProfile!: LearnerProfile;

  @Equals(true, { message: 'must be accepted' })
  acceptTerms!: boolean;
}

export class LoginDto {
  @Transform(trimLower)
  @IsString()
  @MaxLength(320)
  email!: string;

  @IsString()
  @MaxLength(1024)
  password!: string;
}

export class TokenDto {
  @IsString()
  @Length(16, 128)
  token!: string;
}

export class ForgotPasswordDto {
  @Transform(trimLower)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320)
  email!: string;
}

export class ResetPasswordDto extends TokenDto {
  @IsString()
  @MaxLength(1024)
  password!: string;
}
