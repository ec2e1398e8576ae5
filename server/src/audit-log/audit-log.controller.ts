import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser } from '../common/decorators';
import { AuditLogService } from './audit-log.service';
import { AuditPageDto, AuditQuery } from './dto/audit.dto';

@ApiTags('operations')
@Controller('audit-log')
export class AuditController {
  constructor(private readonly auditLog: AuditLogService) {}

  /** Admins see everything; an officer sees the entries of the municipalities they serve. Newest first. */
  @Get()
  @Auth()
  @ApiOkResponse({ type: AuditPageDto })
  list(@CurrentUser() user: AuthUser, @Query() q: AuditQuery): Promise<AuditPageDto> {
    return this.auditLog.list(user, q);
  }
}
