import { APP_CONFIG, type AppConfig } from '@academy/api/core';
import { NotificationsModule } from '@academy/api/notifications';
import { TerritoriesModule } from '@academy/api/territories';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { AccessGuard } from './auth/guards';
import { LoginThrottle } from './auth/login-throttle.service';
import { JwtStrategy, LocalStrategy } from './auth/strategies';
import { OneTimeTokenEntity } from './entities/one-time-token.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { RoleAssignmentEntity } from './entities/role-assignment.entity';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { PasswordHasher } from './passwords/password-hasher';
import { DemoAccounts } from './seed/demo-accounts';
import { MeController } from './users/me.controller';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

export const identityEntities = [
  UserEntity,
  RoleAssignmentEntity,
  SessionEntity,
  RefreshTokenEntity,
  OneTimeTokenEntity,
];

@Module({
  imports: [
    TypeOrmModule.forFeature(identityEntities),
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET,
        signOptions: { algorithm: 'HS256' },
      }),
    }),
    NotificationsModule,
    TerritoriesModule,
  ],
  controllers: [AuthController, MeController, UsersController],
  providers: [
    AuthService,
    UsersService,
    PasswordHasher,
    LoginThrottle,
    DemoAccounts,
    LocalStrategy,
    JwtStrategy,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [UsersService, DemoAccounts],
})
export class IdentityModule {}
