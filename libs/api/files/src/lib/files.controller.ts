import { CurrentUser, Public, Roles, type AuthUser } from '@academy/api/core';
import type {} from '@fastify/multipart';
import { Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendFile, uploadedFile } from './file-http';
import { FilesService } from './files.service';

@ApiTags('files')
@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  /** Upload for course authors: resources and cover images (multipart field "file"). */
  @Post()
  @ApiBearerAuth()
  @Roles('trainer', 'partner_admin', 'admin')
  async upload(@CurrentUser() user: AuthUser, @Req() request: FastifyRequest) {
    const part = await uploadedFile(request);
    return this.files.upload(user.id, part.filename, part.file);
  }

  /**
   * Anyone with the (unguessable) id may download: files belong to course content. Served as
   * an attachment (pictures inline) with the detected type and nosniff, never as HTML.
   */
  @Get(':id')
  @Public()
  async download(@Param('id', ParseUUIDPipe) id: string, @Res() reply: FastifyReply) {
    const file = await this.files.open(id);
    return sendFile(reply, file, {
      disposition: file.mediaType.startsWith('image/') ? 'inline' : 'attachment',
      cacheControl: 'public, max-age=86400, immutable',
    });
  }
}
