import { CurrentUser, Roles, type AuthUser } from '@academy/api/core';
import { Controller, Get, Header, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { CourseReportService } from './course-report.service';

export class ReportQuery {
  @IsOptional()
  @IsUUID('all', { message: 'must be a cohort id' })
  cohort?: string;
}

/** Trainers' and partner admins' view of their courses' learners (per-course rights in the service). */
@ApiTags('learning')
@ApiBearerAuth()
@Roles('trainer', 'partner_admin', 'admin')
@Controller('learning')
export class CourseReportController {
  constructor(private readonly reports: CourseReportService) {}

  @Get('teaching')
  courses(@CurrentUser() user: AuthUser) {
    return this.reports.teachingCourses(user);
  }

  @Get('courses/:courseId/report')
  report(@CurrentUser() user: AuthUser, @Param('courseId', ParseUUIDPipe) courseId: string, @Query() query: ReportQuery) {
    return this.reports.report(user, courseId, query.cohort);
  }

  @Get('courses/:courseId/report.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="learners.csv"')
  csv(@CurrentUser() user: AuthUser, @Param('courseId', ParseUUIDPipe) courseId: string, @Query() query: ReportQuery) {
    return this.reports.csv(user, courseId, query.cohort);
  }
}
