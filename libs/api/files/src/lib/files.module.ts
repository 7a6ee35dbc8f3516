import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FileEntity } from './file.entity';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';
import { FileStorage } from './storage/file-storage';
import { LocalDiskStorage } from './storage/local-disk.storage';

export const filesEntities = [FileEntity];

@Module({
  imports: [TypeOrmModule.forFeature(filesEntities)],
  controllers: [FilesController],
  // Swap LocalDiskStorage for an S3-compatible implementation here.
  providers: [FilesService, { provide: FileStorage, useClass: LocalDiskStorage }],
  exports: [FilesService],
})
export class FilesModule {}
