import { Injectable, OnModuleInit } from '@nestjs/common';
import { SideConnections } from '../database/side-connections';
import { ConsultationsRepository, type ConsultationStatusFacts } from './consultations.repository';

/** How long facts are kept at most: the bound on staleness if a notification were lost. */
export const STATUS_FACTS_TTL_MS = 5000;
/** The channel the trigger `consultation_facts_changed` notifies (migration StatusFactsNotify). */
const CHANNEL = 'consultation_facts';
const MAX_ENTRIES = 10_000;

/**
 * A consultation's status facts (municipality, publication, window, справка, outcome) kept in
 * process for up to 5 s, for the hot paths (a submission, a page of contributions), which
 * otherwise read them on every request. Every change of those columns, by any instance or by
 * hand in SQL, fires a trigger that notifies `consultation_facts` with the consultation's id at
 * commit; each instance listens on a connection of its own and drops that entry. Nothing is kept
 * while the listening connection is down, and a read that a notification overtook is not kept.
 * The status itself is computed from the facts and the clock on each request (the window opens
 * and closes without any change to the row).
 */
@Injectable()
export class ConsultationStatusFactsCache implements OnModuleInit {
  private readonly entries = new Map<string, { facts: ConsultationStatusFacts; at: number }>();
  private listening = false;
  /** +1 on every drop: a read that began before a drop is not kept */
  private epoch = 0;

  constructor(
    private readonly consultations: ConsultationsRepository,
    private readonly side: SideConnections,
  ) {}

  onModuleInit(): void {
    this.side.listen(
      CHANNEL,
      (id) => this.drop(id),
      (listening) => {
        this.listening = listening;
        this.clear();
      },
    );
  }

  /** The facts, or null for an unknown consultation (not kept: it may be created any moment). */
  async get(id: string): Promise<ConsultationStatusFacts | null> {
    const now = Date.now();
    const hit = this.entries.get(id);
    if (hit && now - hit.at < STATUS_FACTS_TTL_MS) return hit.facts;
    const epoch = this.epoch;
    const facts = await this.consultations.findStatusFacts(id);
    if (facts && this.listening && epoch === this.epoch) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(id, { facts, at: now });
    }
    return facts;
  }

  drop(id: string): void {
    this.epoch++;
    this.entries.delete(id);
  }

  clear(): void {
    this.epoch++;
    this.entries.clear();
  }
}
