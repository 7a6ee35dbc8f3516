import { CurrentUser, Roles, type AuthUser } from '@academy/api/core';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApproveDto, RequestChangesDto } from '../dtos/course.dtos';
import { ReviewService } from './review.service';

@ApiTags('courses')
@ApiBearerAuth()
@Controller()
export class ReviewController {
  constructor(private readonly reviews: ReviewService) {}

  @Roles('trainer', 'partner_admin', 'admin')
  @Post('courses/:id/submit')
  @HttpCode(200)
  submit(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.reviews.submit(user, id);
  }

  @Roles('trainer', 'admin')
  @Get('reviews')
  queue(@CurrentUser() user: AuthUser) {
    return this.reviews.queue(user);
  }

  @Roles('trainer', 'admin')
  @Post('courses/:id/approve')
  @HttpCode(200)
  approve(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ApproveDto,
  ) {
    return this.reviews.approve(user, id, dto.note);
  }

  @Roles('trainer', 'admin')
  @Post('courses/:id/request-changes')
  @HttpCode(200)
  requestChanges(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RequestChangesDto,
  ) {
    return this.reviews.requestChanges(user, id, dto.comments);
  }

  @Roles('trainer', 'partner_admin', 'admin')
  @Get('courses/:id/versions')
  history(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.reviews.history(user, id);
  }
}
