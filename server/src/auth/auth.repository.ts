import { Injectable } from '@nestjs/common';
import { Tx } from '../database/transaction';
import type { EmailTokenPurpose } from './email-token.entity';

/** The e-mail tokens' SQL. */
@Injectable()
export class AuthRepository {
  constructor(private readonly tx: Tx) {}

  /**
   * Marks a single-use e-mail token used, if it is unused and not expired at `now`; returns the
   * account it belongs to, or null.
   */
  async consumeEmailToken(tokenHash: string, purpose: EmailTokenPurpose, now: Date): Promise<string | null> {
    const rows: Array<{ user_id: string }> = await this.tx.manager.query(
      `UPDATE email_tokens SET used_at = $3 WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3 RETURNING user_id`,
      [tokenHash, purpose, now],
    );
    // TypeORM returns [rows, count] for UPDATE … RETURNING
    const found = (Array.isArray(rows[0]) ? (rows[0] as Array<{ user_id: string }>) : rows)[0];
    return found?.user_id ?? null;
  }
}
