import { CurrentUser, Roles, type AuthUser } from '@academy/api/core';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  AnswerDto,
  CheckInDto,
  ClosingSurveyDto,
  FeedbackDto,
  FindMentorsQuery,
  GoalsDto,
  MenteeProfileDto,
  MentorProfileDto,
  MentorshipRequestDto,
  NoteDto,
  PauseDto,
  ReviewMentorDto,
  SessionProposalDto,
} from './mentoring.dtos';
import { ProfilesService } from './profiles/profiles.service';
import { RelationshipsService } from './relationships/relationships.service';
import { RequestsService } from './requests/requests.service';
import { SuggestionsService } from './requests/suggestions.service';

/** Peer mentoring for every signed-in person; per-object rights are checked in the services. */
@ApiTags('mentoring')
@ApiBearerAuth()
@Controller('mentoring')
export class MentoringController {
  constructor(
    private readonly profiles: ProfilesService,
    private readonly suggestions: SuggestionsService,
    private readonly requests: RequestsService,
    private readonly relationships: RelationshipsService,
  ) {}

  @Get('me/mentor-profile')
  myMentorProfile(@CurrentUser() user: AuthUser) {
    return this.profiles.myMentorProfile(user);
  }

  @Put('me/mentor-profile')
  saveMentorProfile(@CurrentUser() user: AuthUser, @Body() dto: MentorProfileDto) {
    return this.profiles.saveMentorProfile(user, dto);
  }

  @Post('me/mentor-profile/pause')
  @HttpCode(200)
  pause(@CurrentUser() user: AuthUser, @Body() dto: PauseDto) {
    return this.profiles.setPaused(user, dto.paused);
  }

  @Get('me/mentee-profile')
  myMenteeProfile(@CurrentUser() user: AuthUser) {
    return this.profiles.myMenteeProfile(user.id);
  }

  @Put('me/mentee-profile')
  saveMenteeProfile(@CurrentUser() user: AuthUser, @Body() dto: MenteeProfileDto) {
    return this.profiles.saveMenteeProfile(user, { ...dto, sector: dto.sector ?? null, preferredMentorId: dto.preferredMentorId ?? null });
  }

  /** Approved mentors by name or organisation, to name a preferred mentor. */
  @Get('mentors')
  findMentors(@CurrentUser() user: AuthUser, @Query() query: FindMentorsQuery) {
    return this.profiles.findMentors(user, query.q);
  }

  @Get('mentors/pending')
  @Roles('trainer', 'partner_admin', 'admin')
  pending(@CurrentUser() user: AuthUser) {
    return this.profiles.pending(user);
  }

  @Post('mentors/:id/review')
  @HttpCode(200)
  @Roles('trainer', 'partner_admin', 'admin')
  review(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReviewMentorDto) {
    return this.profiles.review(user, id, dto.approve);
  }

  @Get('suggestions')
  suggest(@CurrentUser() user: AuthUser) {
    return this.suggestions.suggest(user);
  }

  @Get('requests')
  listRequests(@CurrentUser() user: AuthUser) {
    return this.requests.list(user);
  }

  @Post('requests')
  request(@CurrentUser() user: AuthUser, @Body() dto: MentorshipRequestDto) {
    return this.requests.create(user, dto.mentorId, dto.message);
  }

  @Post('requests/:id/accept')
  @HttpCode(200)
  accept(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AnswerDto) {
    return this.requests.accept(user, id, dto.message);
  }

  @Post('requests/:id/decline')
  @HttpCode(200)
  decline(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AnswerDto) {
    return this.requests.decline(user, id, dto.message);
  }

  @Post('requests/:id/withdraw')
  @HttpCode(200)
  withdraw(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.requests.withdraw(user, id);
  }

  @Get('relationships')
  relationshipsList(@CurrentUser() user: AuthUser) {
    return this.relationships.list(user);
  }

  @Get('relationships/:id')
  relationship(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.relationships.get(user, id);
  }

  @Post('relationships/:id/sessions')
  propose(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: SessionProposalDto) {
    return this.relationships.propose(user, id, dto);
  }

  @Post('sessions/:id/confirm')
  @HttpCode(200)
  confirm(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.relationships.confirm(user, id);
  }

  @Post('sessions/:id/feedback')
  @HttpCode(200)
  feedback(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: FeedbackDto) {
    return this.relationships.feedback(user, id, dto.rating, dto.comment);
  }

  /** The pair's shared goals, rewritten by either side while the relationship is active. */
  @Put('relationships/:id/goals')
  setGoals(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: GoalsDto) {
    return this.relationships.setGoals(user, id, dto.goals, dto.previous);
  }

  @Get('relationships/:id/notes')
  notes(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.relationships.notes(user, id);
  }

  @Post('relationships/:id/notes')
  addNote(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: NoteDto) {
    return this.relationships.addNote(user, id, dto.text);
  }

  @Post('relationships/:id/check-in')
  @HttpCode(200)
  checkIn(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CheckInDto) {
    return this.relationships.checkIn(user, id, dto.working, dto.comment);
  }

  /** Ends the relationship with the person's closing survey (the other side may answer later). */
  @Post('relationships/:id/close')
  @HttpCode(200)
  close(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ClosingSurveyDto) {
    return this.relationships.close(user, id, dto);
  }

  /** Sessions held and relationships completed: what learning paths can require. */
  @Get('me/record')
  record(@CurrentUser() user: AuthUser) {
    return this.relationships.record(user.id);
  }
}
