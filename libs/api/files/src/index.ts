export { FilesModule, filesEntities } from './lib/files.module';
export { FilesService, ALLOWED_MEDIA_TYPES } from './lib/files.service';
export type { FileView } from './lib/files.service';
export { StoredUploads, safeFileName } from './lib/stored-uploads';
export type { ReceivedFile } from './lib/stored-uploads';
export { sendFile, uploadedFile } from './lib/file-http';
export type { DownloadableFile } from './lib/file-http';
