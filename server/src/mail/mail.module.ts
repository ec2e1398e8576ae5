import { Module } from '@nestjs/common';
import { MailService } from './mail.service';

/** Queueing mail; the worker (jobs/) sends it. */
@Module({
  providers: [MailService],
  exports: [MailService],
})
export class MailModule {}
