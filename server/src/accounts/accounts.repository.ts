import { Injectable } from '@nestjs/common';
import { Tx } from '../database/transaction';

/** The account page's own SQL. */
@Injectable()
export class AccountsRepository {
  constructor(private readonly tx: Tx) {}

  /** The municipalities the account follows, in the order it followed them. */
  followedMunicipalities(userId: string): Promise<Array<{ municipality_id: string }>> {
    return this.tx.manager.query('SELECT municipality_id FROM municipality_follows WHERE user_id = $1 ORDER BY created_at', [userId]);
  }
}
