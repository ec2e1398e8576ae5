import { Injectable } from '@nestjs/common';

/**
 * A part of the product that keeps personal data about accounts outside the accounts tables. It
 * says what it holds (for the export) and how to forget it (when the account is deleted).
 */
export interface PersonalDataHolder {
  /** the key of its section in the export */
  readonly key: string;
  export(userId: string): Promise<unknown>;
  /** runs inside the account deletion's transaction */
  erase(userId: string): Promise<void>;
}

/**
 * Where modules outside the core announce the personal data they keep, so the account export is
 * complete and a deleted account leaves nothing behind, without the core depending on them.
 */
@Injectable()
export class PersonalData {
  private readonly holders: PersonalDataHolder[] = [];

  register(holder: PersonalDataHolder): void {
    if (this.holders.some((h) => h.key === holder.key)) throw new Error(`personal data holder ${holder.key} registered twice`);
    this.holders.push(holder);
  }

  async exportAll(userId: string): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const h of this.holders) out[h.key] = await h.export(userId);
    return out;
  }

  async eraseAll(userId: string): Promise<void> {
    for (const h of this.holders) await h.erase(userId);
  }
}
