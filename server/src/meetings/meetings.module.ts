import { Module } from '@nestjs/common';
import { BodiesModule } from '../bodies/bodies.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { MeetingFeedsController, MeetingsController } from './meetings.controller';
import { RegistrationsController } from './registrations.controller';
import { MeetingsRepository } from './meetings.repository';
import { MeetingAccess } from './meeting-access';
import { MeetingsService } from './meetings.service';
import { MinutesService } from './minutes.service';
import { ParticipationService } from './participation.service';
import { RegistrationsRepository } from './registrations.repository';
import { RegistrationsService } from './registrations.service';
import { BodiesRepository } from '../bodies/bodies.repository';
import { Policy } from '../policy/policy.service';
import { registerMeetingFacts } from './policy-facts';

/** Meetings of councils and committees, registrations and check-in, participation reports, minutes. */
@Module({
  imports: [BodiesModule, MunicipalitiesModule, OrganizationsModule, AuditModule, MailModule],
  controllers: [MeetingsController, MeetingFeedsController, RegistrationsController],
  providers: [MeetingsRepository, MeetingAccess, MeetingsService, MinutesService, ParticipationService, RegistrationsRepository, RegistrationsService],
  exports: [MeetingsRepository, RegistrationsRepository],
})
export class MeetingsModule {
  constructor(policy: Policy, meetings: MeetingsRepository, registrations: RegistrationsRepository, bodies: BodiesRepository) {
    registerMeetingFacts(policy, meetings, registrations, bodies);
  }
}
