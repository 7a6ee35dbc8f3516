import type { Readable } from 'node:stream';

/**
 * Where file bytes live. Local disk by default; an S3-compatible store implements the same
 * three calls (PutObject from a file, GetObject as a stream, DeleteObject).
 */
export abstract class FileStorage {
  /** Stores the file at `sourcePath` under `key` (the source may be moved or copied). */
  abstract put(key: string, sourcePath: string): Promise<void>;
  abstract open(key: string): Promise<Readable>;
  abstract remove(key: string): Promise<void>;
}
