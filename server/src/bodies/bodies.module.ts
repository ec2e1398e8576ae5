import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { UsersModule } from '../users/users.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { AuditModule } from '../audit/audit.module';
import { ConsultationsModule } from '../consultations/consultations.module';
import { BodiesController } from './bodies.controller';
import { BodiesRepository } from './bodies.repository';
import { BodyAccess } from './body-access';
import { BodiesService } from './bodies.service';

@Module({
  imports: [MunicipalitiesModule, UsersModule, OrganizationsModule, AuditModule, ConsultationsModule],
  controllers: [BodiesController],
  providers: [BodiesRepository, BodyAccess, BodiesService],
  exports: [BodiesRepository, BodyAccess],
})
export class BodiesModule {}
