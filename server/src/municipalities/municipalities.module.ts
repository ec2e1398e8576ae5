import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { MunicipalitiesController } from './municipalities.controller';
import { MunicipalitiesRepository } from './municipalities.repository';
import { MunicipalitiesService } from './municipalities.service';
import { Access } from '../common/access';

/** Municipalities and staff roles; Access (common/access.ts) checks those roles, so it is provided here. */
@Module({
  imports: [UsersModule, AuditModule, MailModule],
  controllers: [MunicipalitiesController],
  providers: [MunicipalitiesRepository, MunicipalitiesService, Access],
  exports: [MunicipalitiesRepository, Access],
})
export class MunicipalitiesModule {}
