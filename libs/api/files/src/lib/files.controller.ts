import { CurrentUser, DomainError, Public, Roles, type AuthUser } from '@academy/api/core';
import type {} from '@fastify/multipart';
import { Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FilesService, safeFileName } from './files.service';

const noFile = () =>
  new DomainError(400, 'validation_failed', 'Send the file as multipart/form-data in a field named "file"', [
    { field: 'file', message: 'is required' },
  ]);

@ApiTags('files')
@Controller('files')
export class FilesController {
  constructor(private readonly files: FilesService) {}

  /** Upload for course authors: resources and cover images (multipart field "file"). */
  @Post()
  @ApiBearerAuth()
  @Roles('trainer', 'partner_admin', 'admin')
  async upload(@CurrentUser() user: AuthUser, @Req() request: FastifyRequest) {
    if (!request.isMultipart()) throw noFile();
    const part = await request.file();
    if (!part || part.fieldname !== 'file') throw noFile();
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
    const disposition = file.mediaType.startsWith('image/') ? 'inline' : 'attachment';
    const name = safeFileName(file.name);
    return reply
      .type(file.mediaType)
      .header('content-length', file.size)
      .header('content-disposition', `${disposition}; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`)
      .header('cache-control', 'public, max-age=86400, immutable')
      .header('x-content-type-options', 'nosniff')
      .send(file.stream);
  }
}
