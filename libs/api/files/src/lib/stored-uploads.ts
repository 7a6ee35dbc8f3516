import { DomainError } from '@academy/api/core';
import { Injectable } from '@nestjs/common';
import { fileTypeFromFile } from 'file-type';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { FileStorage } from './storage/file-storage';

/** What may be uploaded: PDF, pictures and office documents, recognised by their bytes. */
export const ALLOWED_MEDIA_TYPES = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
]);
// Not accepted on purpose: SVG and HTML (can carry scripts) and legacy .doc/.xls/.ppt (their
// container, CFB, is also the one of Windows installers, and cannot be told apart by its bytes).

/** Bytes accepted and kept in the FileStorage; the caller records them (or discards them). */
export interface ReceivedFile {
  storageKey: string;
  /** As the uploader named it, cleaned for Content-Disposition; never used as a path. */
  originalName: string;
  /** Detected from the content, not taken from the client. */
  mediaType: string;
  size: number;
  sha256: string;
}

/** Keeps only characters that are safe in a Content-Disposition file name. */
export const safeFileName = (name: string) =>
  [...name.replace(/[/\\]/g, '_')]
    .filter((c) => c !== '"' && c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 255) || 'file';

const fileTooLarge = () =>
  new DomainError(413, 'file_too_large', 'The file is larger than the upload limit', [{ field: 'file', message: 'is too large' }]);

/**
 * The one way bytes get into the FileStorage, for public course files and private learner
 * files alike: who may read them is decided by whoever records the ReceivedFile, not here.
 */
@Injectable()
export class StoredUploads {
  constructor(private readonly storage: FileStorage) {}

  /**
   * Streams an upload to a temporary file (hashing and counting on the way), checks its real
   * type from its bytes, then hands it to the storage under a generated key. A refused file
   * (empty, too large, not an accepted type) leaves nothing behind.
   */
  async receive(name: string, content: Readable): Promise<ReceivedFile> {
    const temp = join(tmpdir(), `academy-upload-${randomUUID()}`);
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(content, meter, createWriteStream(temp));
      if ((content as Readable & { truncated?: boolean }).truncated) throw fileTooLarge();
      if (size === 0) throw new DomainError(400, 'empty_file', 'The file is empty', [{ field: 'file', message: 'is empty' }]);
      const type = await fileTypeFromFile(temp);
      if (!type || !ALLOWED_MEDIA_TYPES.has(type.mime)) {
        throw new DomainError(
          415,
          'unsupported_file_type',
          `Only PDF, images (PNG, JPEG, WebP, GIF) and office documents (docx, xlsx, pptx, odt, ods, odp) are accepted; this file's content is ${type ? `${type.ext} (${type.mime})` : 'not a recognised document'}`,
          [{ field: 'file', message: 'is not an accepted type (checked by its content, not its name)' }],
        );
      }
      const storageKey = randomUUID();
      await this.storage.put(storageKey, temp);
      return { storageKey, originalName: safeFileName(name), mediaType: type.mime, size, sha256: hash.digest('hex') };
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge();
      throw error;
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }

  open(storageKey: string): Promise<Readable> {
    return this.storage.open(storageKey);
  }

  /**
   * Removes bytes nobody refers to any more (a refused or replaced file). Best effort: a
   * failure leaves unreachable bytes, never a broken record, so it is not the caller's error.
   */
  async discard(storageKey: string): Promise<void> {
    await this.storage.remove(storageKey).catch(() => undefined);
  }
}
