import { notFound } from '@academy/api/core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { Repository } from 'typeorm';
import { FileEntity } from './file.entity';
import type { DownloadableFile } from './file-http';
import { StoredUploads } from './stored-uploads';

export { ALLOWED_MEDIA_TYPES, safeFileName } from './stored-uploads';

export interface FileView {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  url: string;
}

export type StoredFile = DownloadableFile;

const toView = (f: FileEntity): FileView => ({
  id: f.id,
  name: f.originalName,
  mediaType: f.mediaType,
  size: f.size,
  url: `/api/files/${f.id}`,
});

/** Course files (resources, cover images): public to anyone holding their id. */
@Injectable()
export class FilesService {
  constructor(
    @InjectRepository(FileEntity) private readonly files: Repository<FileEntity>,
    private readonly uploads: StoredUploads,
  ) {}

  async upload(ownerId: string, name: string, content: Readable): Promise<FileView> {
    const received = await this.uploads.receive(name, content);
    try {
      const { storageKey, originalName, mediaType, size, sha256 } = received;
      return toView(await this.files.save({ ownerId, originalName, mediaType, size, sha256, storageKey }));
    } catch (error) {
      await this.uploads.discard(received.storageKey);
      throw error;
    }
  }

  async describe(id: string): Promise<FileView> {
    const file = await this.files.findOneBy({ id });
    if (!file) throw notFound('File');
    return toView(file);
  }

  async open(id: string): Promise<StoredFile> {
    const file = await this.files.findOneBy({ id });
    if (!file) throw notFound('File');
    return { name: file.originalName, mediaType: file.mediaType, size: file.size, stream: await this.uploads.open(file.storageKey) };
  }
}
