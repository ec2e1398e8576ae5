import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth-user';
import { DomainError } from '../common/domain-error';
import type { LocalizedText } from '../common/locale';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { FollowsRepository } from './follows.repository';
import { readUnsubscribeToken } from './unsubscribe-token';

/** Following a municipality: an e-mail when it publishes a consultation; unsubscribing by the e-mail's link. */
@Injectable()
export class FollowsService {
  constructor(
    private readonly repo: FollowsRepository,
    private readonly municipalities: MunicipalitiesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async municipality(ref: string): Promise<string> {
    const m = await this.municipalities.findByRef(ref);
    if (!m) throw DomainError.notFound();
    return m.id;
  }

  async follow(user: AuthUser, ref: string): Promise<{ following: true }> {
    await this.repo.add(user.id, await this.municipality(ref));
    return { following: true };
  }

  async unfollow(user: AuthUser, ref: string): Promise<{ following: false }> {
    await this.repo.remove(user.id, await this.municipality(ref));
    return { following: false };
  }

  /** By the token of the link in a notification e-mail; idempotent. */
  async unsubscribe(token: string): Promise<{ following: false; municipalityName: LocalizedText }> {
    const who = readUnsubscribeToken(this.config.jwtSecret, token);
    const m = who ? await this.municipalities.findById(who.municipalityId) : null;
    if (!who || !m) throw new DomainError('invalid_token');
    await this.repo.remove(who.userId, who.municipalityId);
    return { following: false, municipalityName: m.name };
  }
}
