import { Transform } from 'class-transformer';
import { IsObject, IsOptional, IsString, IsUUID, Length } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/**
 * The document stays a plain object here: the course contract validates it in full and lists
 * every problem by path (invalid_document), which class-validator could not do for a union.
 */
export class CreateCourseDto {
  /** The territory whose academy runs it; omitted or null for a network-wide course. */
  @IsOptional()
  @IsUUID('all', { message: 'must be a territory id' })
  territoryId?: string | null;

  @IsObject({ message: 'must be a course document (a JSON object)' })
  document!: Record<string, unknown>;
}

/** Import takes the same body: a territory and the exchanged document. */
export class ImportCourseDto extends CreateCourseDto {}

export class UpdateDraftDto {
  @IsObject({ message: 'must be a course document (a JSON object)' })
  document!: Record<string, unknown>;
}

export class AddAuthorDto {
  @IsUUID('all', { message: 'must be a user id' })
  userId!: string;
}

export class AuthorSearchQuery {
  @IsString()
  @Length(2, 100)
  q!: string;
}

export class ApproveDto {
  @Transform(trim)
  @IsString()
  @Length(1, 2000)
  note!: string;
}

export class RequestChangesDto {
  @Transform(trim)
  @IsString()
  @Length(1, 5000)
  comments!: string;
}
