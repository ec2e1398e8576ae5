import { Global, Module } from '@nestjs/common';
import { AccountsService } from '../accounts/accounts.service';
import { UsersRepository } from '../accounts/users.repository';
import { AuditService } from '../audit/audit.service';
import { SideConnections } from '../database/side-connections';
import { Tx } from '../database/transaction';
import { MailService } from '../mail/mail.service';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { Access } from './access';
import { Clock } from './clock';
import { PersonalData } from './personal-data';
import { RateLimiter } from './rate-limiter';

/** What every domain module uses: the clock, transactions, audit, mail, access checks, repositories. */
@Global()
@Module({
  providers: [Clock, Tx, SideConnections, AuditService, MailService, RateLimiter, Access, UsersRepository, MunicipalitiesRepository, OrganizationsRepository, AccountsService, PersonalData],
  exports: [Clock, Tx, SideConnections, AuditService, MailService, RateLimiter, Access, UsersRepository, MunicipalitiesRepository, OrganizationsRepository, AccountsService, PersonalData],
})
export class CoreModule {}
