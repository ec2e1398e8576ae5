import { Module } from '@nestjs/common';
import { ConsultationsModule } from '../consultations/consultations.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { AuditModule } from '../audit/audit.module';
import { ContributionsController } from './contributions.controller';
import { ContributionsRepository } from './contributions.repository';
import { ContributionsService } from './contributions.service';
import { ConsultationsRepository } from '../consultations/consultations.repository';
import { Policy } from '../policy/policy.service';
import { registerContributionFacts } from './policy-facts';

@Module({
  imports: [ConsultationsModule, OrganizationsModule, MunicipalitiesModule, AuditModule],
  controllers: [ContributionsController],
  providers: [ContributionsRepository, ContributionsService],
  exports: [ContributionsRepository],
})
export class ContributionsModule {
  constructor(policy: Policy, contributions: ContributionsRepository, consultations: ConsultationsRepository) {
    registerContributionFacts(policy, contributions, consultations);
  }
}
