import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { FormsController, MyFormsController, SatisfactionController } from './forms.controller';
import { FormsRepository } from './forms.repository';
import { FormReportsRepository } from './form-reports.repository';
import { FormAccess } from './form-access';
import { FormsService } from './forms.service';
import { FormResponsesService } from './form-responses.service';
import { FormInvitationsService } from './form-invitations.service';
import { FormReportsService } from './form-reports.service';
import { Policy } from '../policy/policy.service';
import { registerFormFacts } from './policy-facts';

@Module({
  imports: [MunicipalitiesModule, OrganizationsModule, AuditModule, MailModule],
  controllers: [FormsController, MyFormsController, SatisfactionController],
  providers: [FormsRepository, FormReportsRepository, FormAccess, FormsService, FormResponsesService, FormInvitationsService, FormReportsService],
  exports: [FormsRepository],
})
export class FormsModule {
  constructor(policy: Policy, forms: FormsRepository) {
    registerFormFacts(policy, forms);
  }
}
