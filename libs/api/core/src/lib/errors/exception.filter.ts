import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { ApiErrorBody } from '@academy/shared/contracts';
import type { FastifyReply } from 'fastify';
import { DomainError } from './domain-error';

const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

/** Fastify's own errors for bodies it cannot read, in words a client developer can act on. */
const FASTIFY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed_json', message: 'The body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'malformed_json', message: 'The JSON body is empty' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large', message: 'The body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type', message: 'Unsupported content type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_request', message: 'Invalid Content-Length' },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: 'file_too_large', message: 'The file is larger than the upload limit' },
  FST_FILES_LIMIT: { status: 413, code: 'too_many_files', message: 'Send one file per request' },
  FST_PARTS_LIMIT: { status: 413, code: 'too_many_parts', message: 'Too many form fields' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 415, code: 'unsupported_media_type', message: 'Send the file as multipart/form-data' },
};

/** Turns every error into the API's error body; only unexpected ones become a logged 500. */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { body, headers } = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception);
    for (const [name, value] of Object.entries(headers)) reply.header(name, value);
    reply.status(body.statusCode).send(body);
  }

  toBody(exception: unknown): { body: ApiErrorBody; headers: Record<string, string> } {
    if (exception instanceof DomainError) {
      const body: ApiErrorBody = { statusCode: exception.status, code: exception.code, message: exception.message };
      if (exception.errors) body.errors = exception.errors;
      return { body, headers: exception.headers ?? {} };
    }
    // Nest wraps Fastify's body-parsing errors in an HttpException, keeping them as the cause.
    const source = (exception as { cause?: { code?: string } } | null)?.cause ?? exception;
    const known = FASTIFY_ERRORS[(source as { code?: string } | null)?.code ?? ''];
    if (known) return { body: { statusCode: known.status, code: known.code, message: known.message }, headers: {} };
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const extra = typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
      const body: ApiErrorBody = {
        statusCode: status,
        code: typeof extra['code'] === 'string' ? extra['code'] : (CODES[status] ?? 'error'),
        message: typeof extra['message'] === 'string' ? extra['message'] : exception.message,
      };
      if (Array.isArray(extra['errors'])) body.errors = extra['errors'] as ApiErrorBody['errors'];
      return { body, headers: {} };
    }
    const status = (exception as { statusCode?: number } | null)?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return { body: { statusCode: status, code: CODES[status] ?? 'bad_request', message: (exception as Error).message }, headers: {} };
    }
    return { body: { statusCode: 500, code: 'internal_error', message: 'Something went wrong on our side' }, headers: {} };
  }
}
