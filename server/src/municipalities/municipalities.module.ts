import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { MunicipalitiesController } from './municipalities.controller';
import { MunicipalitiesRepository } from './municipalities.repository';
import { MunicipalitiesService } from './municipalities.service';

/** Municipalities and staff roles (Access, in policy/, checks those roles from the caller's standing). */
@Module({
  imports: [UsersModule, AuditModule, MailModule],
  controllers: [MunicipalitiesController],
  providers: [MunicipalitiesRepository, MunicipalitiesService],
  exports: [MunicipalitiesRepository],
})
export class MunicipalitiesModule {}
