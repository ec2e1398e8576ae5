import { Module } from '@nestjs/common';
import { MyParticipationController } from './participation.controller';
import { MyParticipationRepository } from './participation.repository';
import { MyParticipationService } from './participation.service';

/** My participation: a person's contributions, registrations and answers in one list. */
@Module({
  controllers: [MyParticipationController],
  providers: [MyParticipationRepository, MyParticipationService],
})
export class ParticipationModule {}
