export { FilesModule, filesEntities } from './lib/files.module';
export { FilesService, ALLOWED_MEDIA_TYPES } from './lib/files.service';
export type { FileView } from './lib/files.service';
