import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Fixed-window counters for rate limits; Postgres is the only store (no Redis). */
@Entity('rate_limit_counters')
export class RateLimitCounter {
  @PrimaryColumn('text')
  key: string;

  @PrimaryColumn('timestamptz')
  windowStart: Date;

  @Column('int')
  count: number;
}
