import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { FollowsController, UnsubscribeController } from './follows.controller';
import { FollowsRepository } from './follows.repository';
import { FollowsService } from './follows.service';

@Module({
  imports: [MunicipalitiesModule],
  controllers: [FollowsController, UnsubscribeController],
  providers: [FollowsRepository, FollowsService],
})
export class FollowsModule {}
