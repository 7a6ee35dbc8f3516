import { CurrentUser, Roles, type AuthUser } from '@academy/api/core';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  AddAuthorDto,
  AuthorSearchQuery,
  CreateCourseDto,
  UpdateDraftDto,
} from '../dtos/course.dtos';
import { AuthoringService } from './authoring.service';

/** Course authoring. Roles here are the door; per-course rights (author, territory) are checked in the service. */
@ApiTags('courses')
@ApiBearerAuth()
@Roles('trainer', 'partner_admin', 'admin')
@Controller('courses')
export class AuthoringController {
  constructor(private readonly authoring: AuthoringService) {}

  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateCourseDto) {
    return this.authoring.create(user, dto);
  }

  @Get('mine')
  mine(@CurrentUser() user: AuthUser) {
    return this.authoring.mine(user);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.authoring.get(user, id);
  }

  @Put(':id/draft')
  updateDraft(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateDraftDto,
  ) {
    return this.authoring.updateDraft(user, id, dto.document);
  }

  @Post(':id/authors')
  @HttpCode(200)
  addAuthor(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AddAuthorDto,
  ) {
    return this.authoring.addAuthor(user, id, dto.userId);
  }

  /** Trainers to choose co-authors from, by name (?q=, at least 2 characters). */
  @Get(':id/author-candidates')
  authorCandidates(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: AuthorSearchQuery,
  ) {
    return this.authoring.authorCandidates(user, id, query.q);
  }

  /** A new draft from the published version. */
  @Post(':id/edit')
  startEdit(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.authoring.startEdit(user, id);
  }

  @Post(':id/archive')
  @HttpCode(200)
  archive(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.authoring.archive(user, id);
  }
}
