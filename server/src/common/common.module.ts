import { Global, Module } from '@nestjs/common';
import { Clock } from './clock';
import { SideConnections } from '../database/side-connections';
import { Tx } from '../database/transaction';
import { RateLimiter } from './rate-limiter';
import { PersonalData } from './personal-data';

/** What every feature may inject: the clock, transactions (and the LISTEN connections of the caches other instances drop), the rate limiter, the personal data registry. Global, and free of features. */
@Global()
@Module({
  providers: [Clock, Tx, SideConnections, RateLimiter, PersonalData],
  exports: [Clock, Tx, SideConnections, RateLimiter, PersonalData],
})
export class CommonModule {}
