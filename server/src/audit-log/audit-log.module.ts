import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { AuditController } from './audit-log.controller';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLogService } from './audit-log.service';

@Module({
  imports: [MunicipalitiesModule],
  controllers: [AuditController],
  providers: [AuditLogRepository, AuditLogService],
})
export class AuditLogModule {}
