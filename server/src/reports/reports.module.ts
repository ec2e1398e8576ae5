import { Module } from '@nestjs/common';
import { ConsultationsModule } from '../consultations/consultations.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';
import { ResponsesService } from './responses.service';

/** Answering proposals and the справка. */
@Module({
  imports: [ConsultationsModule, MunicipalitiesModule, AuditModule, MailModule],
  controllers: [ReportsController],
  providers: [ReportsRepository, ReportsService, ResponsesService],
})
export class ReportsModule {}
