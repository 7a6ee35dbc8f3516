import {
  DomainError,
  forbidden,
  IS_PUBLIC,
  ROLES_KEY,
  toFieldErrors,
  type AuthUser,
} from '@academy/api/core';
import type { Role } from '@academy/shared/contracts';
import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { LoginDto } from '../dtos/auth.dtos';

/**
 * Global guard: every route needs a valid access token unless marked @Public(), and holders
 * of the roles named by @Roles(). Per-object checks (territory, ownership) stay in services.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    await super.canActivate(context);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const user = context.switchToHttp().getRequest<{ user: AuthUser }>().user;
    if (roles?.length && !user.roles.some((r) => roles.includes(r.role))) throw forbidden();
    return true;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error instanceof DomainError) throw error;
    if (error || !user) throw new DomainError(401, 'unauthorized', 'Sign in to continue');
    return user;
  }
}

/**
 * Runs the local strategy. Guards run before pipes, so the body is validated here first:
 * a malformed login gets the same 400 with field errors as any other route.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ body: unknown }>();
    const dto = plainToInstance(LoginDto, request.body ?? {});
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) {
      throw new DomainError(
        400,
        'validation_failed',
        'The request has invalid fields',
        toFieldErrors(errors),
      );
    }
    request.body = dto;
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    if (!user) throw new DomainError(401, 'invalid_credentials', 'Wrong email or password');
    return user;
  }
}
