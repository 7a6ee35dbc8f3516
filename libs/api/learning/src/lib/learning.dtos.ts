import { IsObject, IsUUID } from 'class-validator';

export class QuizSubmissionDto {
  @IsUUID('all', { message: 'must be an id generated once per attempt (a UUID)' })
  attemptId!: string;

  /** Checked question by question against the quiz (answerProblems), every problem by field. */
  @IsObject({ message: 'must map each question id to the ids of the options chosen' })
  answers!: Record<string, string[]>;
}
