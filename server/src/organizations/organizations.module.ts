import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { MyInvitationsController, OrganizationsController, PartnershipsController } from './organizations.controller';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsService } from './organizations.service';
import { Policy } from '../policy/policy.service';
import { registerOrganizationFacts } from './policy-facts';

@Module({
  imports: [UsersModule, MunicipalitiesModule, AuditModule, MailModule],
  controllers: [OrganizationsController, PartnershipsController, MyInvitationsController],
  providers: [OrganizationsRepository, OrganizationsService],
  exports: [OrganizationsRepository],
})
export class OrganizationsModule {
  constructor(policy: Policy, organizations: OrganizationsRepository) {
    registerOrganizationFacts(policy, organizations);
  }
}
