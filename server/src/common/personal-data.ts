import { Injectable } from '@nestjs/common';

/**
 * A part of the product whose personal data needs more than the SQL of the registry
 * (`server/src/privacy/registry.ts`) to export or forget: it is named there as a `service` with
 * this key, and says what it holds (for the export) and how to forget it (when the account is
 * deleted).
 */
export interface PersonalDataHolder {
  /** the key of its section in the export */
  readonly key: string;
  export(userId: string): Promise<unknown>;
  /** runs inside the account deletion's transaction */
  erase(userId: string): Promise<void>;
}

/**
 * Where modules outside the core hand in the export and erasure steps the registry names as
 * services, without the core depending on them. The account export and deletion fail when the
 * registry names a service nobody registered.
 */
@Injectable()
export class PersonalData {
  private readonly holders: PersonalDataHolder[] = [];

  register(holder: PersonalDataHolder): void {
    if (this.holders.some((h) => h.key === holder.key)) throw new Error(`personal data holder ${holder.key} registered twice`);
    this.holders.push(holder);
  }

  /** The holder the registry names; a missing one is a programming error. */
  get(key: string): PersonalDataHolder {
    const holder = this.holders.find((h) => h.key === key);
    if (!holder) throw new Error(`personal data holder ${key} is named in the registry but not registered`);
    return holder;
  }

  keys(): string[] {
    return this.holders.map((h) => h.key);
  }
}
