import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { OpenDataController } from './open-data.controller';
import { OpenDataRepository } from './open-data.repository';
import { OpenDataService } from './open-data.service';

@Module({
  imports: [MunicipalitiesModule],
  controllers: [OpenDataController],
  providers: [OpenDataRepository, OpenDataService],
})
export class OpenDataModule {}
