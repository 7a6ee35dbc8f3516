import { CurrentUser, type AuthUser } from '@academy/api/core';
import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthService } from '../auth/auth.service';
import { ChangePasswordDto, UpdateProfileDto } from '../dtos/profile.dtos';
import { weakPassword, wrongCurrentPassword } from '../identity.errors';
import { passwordProblem } from '../passwords/password-policy';
import { UsersService } from './users.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
  ) {}

  @Get()
  me(@CurrentUser() user: AuthUser) {
    return this.users.getMe(user.id);
  }

  @Patch()
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdateProfileDto) {
    return this.users.updateMe(user.id, dto);
  }

  @Post('password')
  @HttpCode(204)
  async changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto) {
    const problem = passwordProblem(dto.newPassword, [user.email.split('@')[0] ?? '', user.displayName]);
    if (problem) throw weakPassword('newPassword', problem);
    if (!(await this.auth.checkPassword(user.id, dto.currentPassword))) throw wrongCurrentPassword();
    await this.auth.changePassword(user.id, user.sessionId, dto.newPassword);
  }
}
