import { Global, Module } from '@nestjs/common';
import { Clock } from './clock';
import { Tx } from '../database/transaction';
import { RateLimiter } from './rate-limiter';
import { PersonalData } from './personal-data';

/** What every feature may inject: the clock, transactions, the rate limiter, the personal data registry. Global, and free of features. */
@Global()
@Module({
  providers: [Clock, Tx, RateLimiter, PersonalData],
  exports: [Clock, Tx, RateLimiter, PersonalData],
})
export class CommonModule {}
