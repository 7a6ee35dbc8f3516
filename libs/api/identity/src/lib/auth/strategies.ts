import { APP_CONFIG, type AppConfig, type AuthUser } from '@academy/api/core';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { ExtractJwt, Strategy as JwtStrategyBase } from 'passport-jwt';
import { Strategy as LocalStrategyBase } from 'passport-local';
import type { UserEntity } from '../entities/user.entity';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';

/** Email and password, for POST /auth/login. */
@Injectable()
export class LocalStrategy extends PassportStrategy(LocalStrategyBase, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: FastifyRequest, email: string, password: string): Promise<UserEntity> {
    return this.auth.validateCredentials(email.trim().toLowerCase(), password, request.ip);
  }
}

/** Short-lived access tokens in the Authorization header, valid while their session is open. */
@Injectable()
export class JwtStrategy extends PassportStrategy(JwtStrategyBase, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly users: UsersService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.JWT_SECRET,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(payload: { sub?: string; sid?: string }): Promise<AuthUser | false> {
    if (!payload.sub || !payload.sid) return false;
    return (await this.users.loadAuthUser(payload.sub, payload.sid)) ?? false;
  }
}
