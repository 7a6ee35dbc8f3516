import { CurrentUser, Public, type AuthUser } from '@academy/api/core';
import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';
import { EmailPreferencesService } from './email-preferences.service';

export class EmailPreferencesDto {
  @IsBoolean()
  reminders!: boolean;
}

export class UnsubscribeDto {
  @IsOptional()
  @IsString()
  @Length(1, 200)
  token?: string;
}

@ApiTags('me')
@Controller()
export class EmailPreferencesController {
  constructor(private readonly preferences: EmailPreferencesService) {}

  @ApiBearerAuth()
  @Get('me/email-preferences')
  get(@CurrentUser() user: AuthUser) {
    return this.preferences.get(user.id);
  }

  @ApiBearerAuth()
  @Put('me/email-preferences')
  set(@CurrentUser() user: AuthUser, @Body() dto: EmailPreferencesDto) {
    return this.preferences.set(user.id, { reminders: dto.reminders });
  }

  /**
   * Unsubscribes without signing in. Takes the token in the body (the web page) or in the query
   * (RFC 8058 one-click: mail clients POST to the List-Unsubscribe URL).
   */
  @Public()
  @Post('email-preferences/unsubscribe')
  @HttpCode(200)
  unsubscribe(@Query() query: UnsubscribeDto, @Body() body: UnsubscribeDto | undefined) {
    return this.preferences.unsubscribe(body?.token ?? query.token ?? '');
  }
}
