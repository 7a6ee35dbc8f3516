import { AVAILABILITY_SLOTS, LANGUAGES, LEGAL_FORMS, MEETING_FORMATS, SECTORS } from '@academy/shared/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const COMPETENCE_CODE = /^[a-z]+:[0-9]+(\.[0-9]+)*$/;

export class CompetenceLevelDto {
  @Matches(COMPETENCE_CODE, { message: 'must be a framework code such as entrecomp:2.4' })
  code!: string;

  @IsInt()
  @Min(1)
  @Max(8)
  level!: number;
}

export class WantedCompetenceDto {
  @Matches(COMPETENCE_CODE, { message: 'must be a framework code such as entrecomp:2.4' })
  code!: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(8)
  currentLevel?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(8)
  targetLevel?: number;
}

class SharedProfileFields {
  @IsArray()
  @ArrayMinSize(1, { message: 'choose at least one language' })
  @IsIn(LANGUAGES, { each: true })
  languages!: string[];

  @IsArray()
  @ArrayMinSize(1, { message: 'choose online, in person or both' })
  @IsIn(MEETING_FORMATS, { each: true })
  formats!: (typeof MEETING_FORMATS)[number][];

  @IsArray()
  @IsIn(AVAILABILITY_SLOTS, { each: true })
  availability!: (typeof AVAILABILITY_SLOTS)[number][];

  @IsInt()
  @Min(0)
  @Max(70)
  experienceYears!: number;
}

export class MentorProfileDto extends SharedProfileFields {
  @Transform(trim)
  @IsString()
  @Length(20, 3000, { message: 'must be between 20 and 3,000 characters' })
  bio!: string;

  @Transform(trim)
  @IsString()
  @Length(1, 200)
  organisation!: string;

  @IsIn(LEGAL_FORMS)
  legalForm!: (typeof LEGAL_FORMS)[number];

  @IsArray()
  @ArrayMinSize(1, { message: 'choose at least one sector' })
  @IsIn(SECTORS, { each: true })
  sectors!: (typeof SECTORS)[number][];

  @IsArray()
  @ArrayMinSize(1, { message: 'name at least one competence you can mentor' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CompetenceLevelDto)
  competences!: CompetenceLevelDto[];

  @IsInt()
  @Min(1)
  @Max(20)
  capacity!: number;
}

export class MenteeProfileDto extends SharedProfileFields {
  @Transform(trim)
  @IsString()
  @Length(10, 3000, { message: 'must be between 10 and 3,000 characters: say what you hope to achieve' })
  goals!: string;

  @IsArray()
  @ArrayMinSize(1, { message: 'choose at least one competence you want to grow' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => WantedCompetenceDto)
  competences!: WantedCompetenceDto[];

  @IsOptional()
  @IsIn(SECTORS)
  sector!: (typeof SECTORS)[number] | null;

  @IsOptional()
  @IsUUID('all', { message: 'must be a mentor id' })
  preferredMentorId!: string | null;
}

export class PauseDto {
  @IsBoolean()
  paused!: boolean;
}

export class FindMentorsQuery {
  @Transform(trim)
  @IsString()
  @Length(2, 100, { message: 'must be 2 to 100 characters of a name or an organisation' })
  q!: string;
}

export class ReviewMentorDto {
  @IsBoolean()
  approve!: boolean;
}

export class MentorshipRequestDto {
  @IsUUID('all', { message: 'must be a mentor id' })
  mentorId!: string;

  @Transform(trim)
  @IsString()
  @Length(10, 2000, { message: 'must be between 10 and 2,000 characters: introduce yourself' })
  message!: string;
}

export class AnswerDto {
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  message!: string;
}

export class SessionProposalDto {
  @Type(() => Date)
  @IsDate({ message: 'must be a date and time (ISO 8601)' })
  startsAt!: Date;

  @IsInt()
  @Min(15)
  @Max(480)
  durationMinutes!: number;

  @IsIn(MEETING_FORMATS)
  format!: (typeof MEETING_FORMATS)[number];

  @Transform(trim)
  @IsString()
  @Length(1, 500, { message: 'give a meeting link or a place' })
  where!: string;
}

export class FeedbackDto {
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  comment!: string;
}

export class NoteDto {
  @Transform(trim)
  @IsString()
  @Length(1, 10_000)
  text!: string;
}

export class GoalsDto {
  @Transform(trim)
  @IsString()
  @Length(1, 4000, { message: 'must be 1 to 4,000 characters' })
  goals!: string;

  /** The goals the edit started from: a change made meanwhile by the other person is not lost. */
  @IsString()
  @Length(0, 4000)
  previous!: string;
}

export class CheckInDto {
  @IsBoolean()
  working!: boolean;

  @Transform(trim)
  @IsString()
  @Length(0, 2000)
  comment!: string;
}

export class ClosingSurveyDto {
  @IsBoolean()
  goalsMet!: boolean;

  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  comment!: string;
}
