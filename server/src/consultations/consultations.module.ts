import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { ConsultationsController } from './consultations.controller';
import { ConsultationsRepository } from './consultations.repository';
import { ConsultationsService } from './consultations.service';
import { ConsultationStatusFactsCache } from './status-facts-cache';
import { Policy } from '../policy/policy.service';
import { registerConsultationFacts } from './policy-facts';

/** Consultations. The list of a consultation's files (CONSULTATION_DOCUMENTS) is provided by the composition root from documents/. */
@Module({
  imports: [MunicipalitiesModule, AuditModule, MailModule],
  controllers: [ConsultationsController],
  providers: [ConsultationsRepository, ConsultationsService, ConsultationStatusFactsCache],
  exports: [ConsultationsRepository, ConsultationsService, ConsultationStatusFactsCache],
})
export class ConsultationsModule {
  constructor(policy: Policy, consultations: ConsultationsRepository, statusFacts: ConsultationStatusFactsCache) {
    registerConsultationFacts(policy, consultations, statusFacts);
  }
}
