import { Roles } from '@academy/api/core';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { OUTBOX_STATUSES, type OutboxStatus } from './entities/outbox-message.entity';
import { OutboxService } from './outbox.service';

class ListOutboxQuery {
  @IsOptional()
  @IsIn(OUTBOX_STATUSES)
  status?: OutboxStatus;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;
}

/** Lets admins see messages that failed every attempt and send them again. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/outbox')
export class OutboxAdminController {
  constructor(private readonly outbox: OutboxService) {}

  @Get()
  list(@Query() query: ListOutboxQuery) {
    return this.outbox.list(query.status, query.limit);
  }

  @Post(':id/retry')
  @HttpCode(202)
  async retry(@Param('id', ParseUUIDPipe) id: string) {
    await this.outbox.retry(id);
    return { status: 'pending' };
  }
}
