import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { localDateOf } from '../consultations/zoned-time';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import type { Municipality } from '../municipalities/municipality.entity';
import { bodyPolicy } from '../policy/body.policy';
import { Policy } from '../policy/policy.service';
import type { PublicBody } from './body.entity';

export interface BodyView {
  body: PublicBody;
  municipality: Municipality;
  /** staff of the body's municipality (or an admin) */
  staff: boolean;
  /** a member whose term gives rights (accepted, current or yet to begin) */
  member: boolean;
  /** may change it, its members and linked consultations */
  manage: boolean;
}

/** A body as the caller sees it; the decisions are `bodyPolicy`'s, asked through `Policy`. */
@Injectable()
export class BodyAccess {
  constructor(
    private readonly policy: Policy,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly clock: Clock,
  ) {}

  /** "today" in the body's municipality */
  today(m: Municipality): string {
    return localDateOf(this.clock.now(), m.timeZone);
  }

  async viewOf(viewer: AuthUser | undefined, body: PublicBody): Promise<BodyView> {
    const municipality = (await this.municipalities.findById(body.municipalityId))!;
    const s = await this.policy.standing(viewer);
    const now = this.clock.now();
    return { body, municipality, staff: bodyPolicy.can(s, body, 'inspect', now), member: s.bodyTerms.has(body.id), manage: bodyPolicy.can(s, body, 'manage', now) };
  }

  /** 404 when the caller may not see it. */
  async require(viewer: AuthUser | undefined, id: string): Promise<BodyView> {
    return this.viewOf(viewer, await this.policy.require(viewer, 'body', id, 'view'));
  }

  /**
   * For a write by the municipality's officers: 404 when the caller may not see the body (unknown,
   * or private and theirs is another municipality), 403 when they see it but may not manage it.
   * `lock` takes the row for the rest of the transaction.
   */
  async requireOfficer(actor: AuthUser, id: string, options: { lock?: boolean } = {}): Promise<BodyView> {
    return this.viewOf(actor, await this.policy.require(actor, 'body', id, 'manage', options));
  }
}
