import { DomainError } from '@academy/api/core';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { safeFileName } from './stored-uploads';

const noFile = () =>
  new DomainError(400, 'validation_failed', 'Send the file as multipart/form-data in a field named "file"', [
    { field: 'file', message: 'is required' },
  ]);

/** The upload of a request: multipart/form-data with one part named "file", else a 400 naming the field. */
export async function uploadedFile(request: FastifyRequest): Promise<MultipartFile> {
  if (!request.isMultipart()) throw noFile();
  const part = await request.file();
  if (!part || part.fieldname !== 'file') throw noFile();
  return part;
}

export interface DownloadableFile {
  name: string;
  mediaType: string;
  size: number;
  stream: Readable;
}

/**
 * Sends stored bytes with the type detected at upload and nosniff, so a browser never
 * reinterprets them (the accepted types include no HTML or SVG in the first place).
 */
export function sendFile(
  reply: FastifyReply,
  file: DownloadableFile,
  options: { disposition: 'inline' | 'attachment'; cacheControl: string },
) {
  const name = safeFileName(file.name);
  return reply
    .type(file.mediaType)
    .header('content-length', file.size)
    .header(
      'content-disposition',
      `${options.disposition}; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .header('cache-control', options.cacheControl)
    .header('x-content-type-options', 'nosniff')
    .send(file.stream);
}
