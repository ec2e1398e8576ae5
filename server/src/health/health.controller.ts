import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { OUTAGE_RETRY_AFTER_SECONDS } from '../database/unavailable';
import { HealthService } from './health.service';

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'error'] }) status: string;
  @ApiProperty({ enum: ['up', 'down'] }) db: string;
}

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(private readonly service: HealthService) {}

  @Get()
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'The database does not answer' })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthDto> {
    if (await this.service.databaseUp()) return { status: 'ok', db: 'up' };
    void reply.status(503).header('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
    return { status: 'error', db: 'down' };
  }
}
