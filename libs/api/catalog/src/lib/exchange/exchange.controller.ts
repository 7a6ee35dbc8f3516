import { CurrentUser, Public, Roles, type AuthUser } from '@academy/api/core';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ImportCourseDto } from '../dtos/course.dtos';
import { ExchangeService } from './exchange.service';

@ApiTags('courses')
@Controller('courses')
export class ExchangeController {
  constructor(private readonly exchange: ExchangeService) {}

  /** The exchange format's JSON Schema, public so partner academies' tools can fetch it. */
  @Public()
  @Get('schema.json')
  schema() {
    return this.exchange.schema();
  }

  @ApiBearerAuth()
  @Roles('trainer', 'partner_admin', 'admin')
  @Post('import')
  import(@CurrentUser() user: AuthUser, @Body() dto: ImportCourseDto) {
    return this.exchange.import(user, dto);
  }

  @ApiBearerAuth()
  @Roles('trainer', 'partner_admin', 'admin')
  @Get(':id/export')
  async export(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { slug, document } = await this.exchange.export(user, id);
    // The slug is [a-z0-9-] only, so it needs no quoting in the header.
    reply.header('content-disposition', `attachment; filename="${slug}.course.json"`);
    return document;
  }
}
