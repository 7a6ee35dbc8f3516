import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FileEntity } from './file.entity';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';
import { FileStorage } from './storage/file-storage';
import { LocalDiskStorage } from './storage/local-disk.storage';
import { StoredUploads } from './stored-uploads';

export const filesEntities = [FileEntity];

@Module({
  imports: [TypeOrmModule.forFeature(filesEntities)],
  controllers: [FilesController],
  // Swap LocalDiskStorage for an S3-compatible implementation here.
  providers: [FilesService, StoredUploads, { provide: FileStorage, useClass: LocalDiskStorage }],
  // StoredUploads lets other contexts keep private files (their own table, their own access
  // rules) with the same storage and content checks as course files.
  exports: [FilesService, StoredUploads],
})
export class FilesModule {}
