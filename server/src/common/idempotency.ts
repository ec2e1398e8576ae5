/** How long an answered `Idempotency-Key` is replayed. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;

/** What a handler that stores its own answer needs of the key (see `IdempotentInHandler`). */
export interface IdempotentRequest {
  userId: string;
  key: string;
  /** the method, URL and body, hashed: the same key with another request is refused */
  fingerprint: string;
  /** the status of the first answer */
  status: number;
  /** a key stored before this was used up and may be taken again */
  expiredBefore: Date;
}

/** An answer stored under the key earlier, sent again with `Idempotent-Replayed: true`. */
export class Replayed {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}
