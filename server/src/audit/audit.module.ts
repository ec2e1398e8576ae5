import { Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** Writing the audit log; reading it is audit-log/. */
@Module({
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
