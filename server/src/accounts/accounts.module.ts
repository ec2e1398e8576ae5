import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AuditModule } from '../audit/audit.module';
import { MeController, UsersController } from './accounts.controller';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';

@Module({
  imports: [UsersModule, MunicipalitiesModule, OrganizationsModule, AuditModule],
  controllers: [MeController, UsersController],
  providers: [AccountsRepository, AccountsService],
})
export class AccountsModule {}
