import { CurrentUser, DomainError, Roles, type AuthUser } from '@academy/api/core';
import type {} from '@fastify/multipart';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDateString, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { CohortService } from './cohort.service';

/** A cohort file is a list of addresses: 1 MB holds tens of thousands. */
const MAX_FILE_BYTES = 1_048_576;

export class CreateCohortDto {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 120)
  name!: string;

  @IsOptional()
  @IsDateString({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  startsOn?: string | null;

  @IsOptional()
  @IsDateString({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  endsOn?: string | null;

  @IsOptional()
  @IsUUID('all', { message: 'must be a territory id' })
  territoryId?: string | null;
}

const fileProblem = (message: string, status = 400) =>
  new DomainError(status, status === 413 ? 'payload_too_large' : 'validation_failed', `file ${message}`, [{ field: 'file', message }]);

@ApiTags('learning')
@ApiBearerAuth()
@Roles('trainer', 'partner_admin', 'admin')
@Controller('learning')
export class CohortController {
  constructor(private readonly cohorts: CohortService) {}

  @Post('courses/:courseId/cohorts')
  create(@CurrentUser() user: AuthUser, @Param('courseId', ParseUUIDPipe) courseId: string, @Body() dto: CreateCohortDto) {
    return this.cohorts.create(user, courseId, dto);
  }

  @Get('courses/:courseId/cohorts')
  list(@CurrentUser() user: AuthUser, @Param('courseId', ParseUUIDPipe) courseId: string) {
    return this.cohorts.list(user, courseId);
  }

  /** A CSV of emails (and optional names) as multipart field "file"; answers with a report row by row. */
  @Post('cohorts/:id/members')
  async import(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest) {
    if (!request.isMultipart()) throw fileProblem('is required (multipart/form-data, field "file")');
    const part = await request.file();
    if (!part || part.fieldname !== 'file') throw fileProblem('is required (multipart/form-data, field "file")');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of part.file) {
      size += (chunk as Buffer).length;
      if (size > MAX_FILE_BYTES) throw fileProblem('is larger than 1 MB', 413);
      chunks.push(chunk as Buffer);
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
    if (text.includes('\u0000')) throw fileProblem('is not a text (CSV) file');
    return this.cohorts.import(user, id, text);
  }
}
