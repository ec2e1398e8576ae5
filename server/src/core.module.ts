import { Global, Module } from '@nestjs/common';
import { AccountsService } from './accounts/accounts.service';
import { UsersRepository } from './users/users.repository';
import { AuditService } from './audit/audit.service';
import { Tx } from './database/transaction';
import { MailService } from './mail/mail.service';
import { MunicipalitiesRepository } from './municipalities/municipalities.repository';
import { OrganizationsRepository } from './organizations/organizations.repository';
import { Access } from './common/access';
import { Clock } from './common/clock';
import { PersonalData } from './common/personal-data';
import { RateLimiter } from './common/rate-limiter';

/** What every domain module uses: the clock, transactions, audit, mail, access checks, repositories. */
@Global()
@Module({
  providers: [Clock, Tx, AuditService, MailService, RateLimiter, Access, UsersRepository, MunicipalitiesRepository, OrganizationsRepository, AccountsService, PersonalData],
  exports: [Clock, Tx, AuditService, MailService, RateLimiter, Access, UsersRepository, MunicipalitiesRepository, OrganizationsRepository, AccountsService, PersonalData],
})
export class CoreModule {}
