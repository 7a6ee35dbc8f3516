import { Transform } from 'class-transformer';
import { IsObject, IsString, IsUUID, Length } from 'class-validator';

export class QuizSubmissionDto {
  @IsUUID('all', { message: 'must be an id generated once per attempt (a UUID)' })
  attemptId!: string;

  /** Checked question by question against the quiz (answerProblems), every problem by field. */
  @IsObject({ message: 'must map each question id to the ids of the options chosen' })
  answers!: Record<string, string[]>;
}

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class AssignmentSubmissionDto {
  @Transform(trim)
  @IsString()
  @Length(20, 20_000, { message: 'must be between 20 and 20,000 characters' })
  text!: string;
}

export class PeerReviewDto {
  /** Checked against the rubric (rubricProblems), every problem by field. */
  @IsObject({ message: 'must map each criterion id to the id of the level chosen' })
  scores!: Record<string, string>;

  @Transform(trim)
  @IsString()
  @Length(10, 5000, { message: 'must be between 10 and 5,000 characters: say what works and what could improve' })
  comment!: string;
}
