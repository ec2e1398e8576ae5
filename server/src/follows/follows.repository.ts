import { Injectable } from '@nestjs/common';
import { Tx } from '../database/transaction';
import { MunicipalityFollow } from './municipality-follow.entity';

@Injectable()
export class FollowsRepository {
  constructor(private readonly tx: Tx) {}

  /** Idempotent: following twice is following. */
  async add(userId: string, municipalityId: string): Promise<void> {
    await this.tx.repo(MunicipalityFollow).createQueryBuilder().insert().values({ userId, municipalityId }).orIgnore().execute();
  }

  async remove(userId: string, municipalityId: string): Promise<void> {
    await this.tx.repo(MunicipalityFollow).delete({ userId, municipalityId });
  }
}
