import { CurrentUser, Roles, type AuthUser } from '@academy/api/core';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AssignRoleDto, ListUsersQuery } from '../dtos/profile.dtos';
import { UsersService } from './users.service';

/** Role management: admins everywhere, partner admins within their territory. */
@ApiTags('users')
@ApiBearerAuth()
@Roles('admin', 'partner_admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@CurrentUser() actor: AuthUser, @Query() query: ListUsersQuery) {
    return this.users.list(actor, query);
  }

  @Post(':id/roles')
  assignRole(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AssignRoleDto,
  ) {
    return this.users.assignRole(actor, id, dto);
  }

  @Delete(':id/roles/:assignmentId')
  @HttpCode(204)
  removeRole(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('assignmentId', ParseUUIDPipe) assignmentId: string,
  ) {
    return this.users.removeRole(actor, id, assignmentId);
  }
}
