import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { UsersModule } from '../users/users.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { ConsultationsModule } from '../consultations/consultations.module';
import { BodiesController, MyBodyInvitationsController } from './bodies.controller';
import { BodiesRepository } from './bodies.repository';
import { BodyAccess } from './body-access';
import { BodiesService } from './bodies.service';
import { Policy } from '../policy/policy.service';
import { registerBodyFacts } from './policy-facts';

@Module({
  imports: [MunicipalitiesModule, UsersModule, OrganizationsModule, AuditModule, ConsultationsModule, MailModule],
  controllers: [BodiesController, MyBodyInvitationsController],
  providers: [BodiesRepository, BodyAccess, BodiesService],
  exports: [BodiesRepository, BodyAccess],
})
export class BodiesModule {
  constructor(policy: Policy, bodies: BodiesRepository) {
    registerBodyFacts(policy, bodies);
  }
}
