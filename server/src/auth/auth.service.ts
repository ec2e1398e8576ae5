import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import argon2 from 'argon2';
import { randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import { UsersRepository } from '../users/users.repository';
import { User } from '../users/user.entity';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import type { Locale } from '../common/locale';
import { RateLimiter } from '../common/rate-limiter';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { Tx } from '../database/transaction';
import { MailService } from '../mail/mail.service';
import { AuthRepository } from './auth.repository';
import { EmailToken, EmailTokenPurpose } from './email-token.entity';
import { RefreshToken } from '../users/refresh-token.entity';
import { hashSecret, newSecret } from '../common/secrets';
import type { RegisterDto } from './dto/auth.dto';
import { takeUpBodyInvitations } from '../bodies/invitations-by-email';

const HOUR = 3600_000;
const TOKEN_TTL: Record<EmailTokenPurpose, number> = { verify_email: 48 * HOUR, reset_password: HOUR };
/** argon2id, OWASP's second recommended profile (19 MiB, 2 passes). */
const ARGON2 = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export interface IssuedTokens {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
}

@Injectable()
export class AuthService {
  /** Verified against when the e-mail is unknown, so both failures cost the same time. */
  private dummyHash?: Promise<string>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly repo: AuthRepository,
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly jwt: JwtService,
    private readonly mail: MailService,
    private readonly limiter: RateLimiter,
  ) {}

  hashPassword(password: string): Promise<string> {
    return argon2.hash(password, ARGON2);
  }

  /**
   * Creates an unverified account and e-mails a verification link. An address already in use
   * creates nothing and answers the same (an account that looks new, never stored), so the answer
   * does not tell anyone which addresses have accounts; the owner of the address gets an e-mail
   * saying someone tried and how to set a new password.
   */
  register(dto: RegisterDto, requestLocale: Locale): Promise<User> {
    return this.tx.run(async () => {
      // hashed in both cases: the answer takes the same time
      const passwordHash = await this.hashPassword(dto.password);
      const fields = { email: dto.email, displayName: dto.displayName, locale: dto.locale ?? requestLocale, homeSettlement: dto.homeSettlement ?? null, country: dto.country ?? null };
      const existing = await this.users.findByEmail(dto.email);
      const unsaved = () => this.users.unsaved({ ...fields, id: randomUUID(), createdAt: this.clock.now(), updatedAt: this.clock.now() });
      if (existing) {
        try {
          await this.limiter.hit(`register-attempt-mail:${existing.id}`, 5, 3600);
          await this.mail.send(existing.email!, 'registrationAttempt', existing.locale, { name: existing.displayName, link: `${this.config.publicUrl}/forgot-password` });
        } catch (e) {
          if (!(e instanceof DomainError)) throw e; // quietly: the answer must not differ for a flooded address
        }
        return unsaved();
      }
      let user: User;
      try {
        user = await this.users.create({ ...fields, passwordHash });
      } catch (e) {
        // the same address registered at the same moment by another request
        if ((e as { code?: string }).code === '23505') return unsaved();
        throw e;
      }
      await this.sendVerification(user);
      return user;
    });
  }

  private async createEmailToken(userId: string, purpose: EmailTokenPurpose): Promise<string> {
    const { token, hash } = newSecret();
    await this.tx.repo(EmailToken).insert({ userId, purpose, tokenHash: hash, expiresAt: new Date(this.clock.now().getTime() + TOKEN_TTL[purpose]) });
    return token;
  }

  private async sendVerification(user: User): Promise<void> {
    const token = await this.createEmailToken(user.id, 'verify_email');
    await this.mail.send(user.email!, 'verifyEmail', user.locale, { name: user.displayName, link: `${this.config.publicUrl}/verify-email?token=${token}` });
  }

  resendVerification(userId: string): Promise<void> {
    return this.tx.run(async () => {
      await this.limiter.hit(`verify-resend:${userId}`, 5, 3600);
      const user = await this.users.findLive(userId);
      if (!user) throw new DomainError('unauthorized');
      if (!user.emailVerifiedAt) await this.sendVerification(user);
    });
  }

  /** Marks a single-use e-mail token used and returns its account; unknown, used or expired → 400 invalid_token. */
  private async consumeEmailToken(token: string, purpose: EmailTokenPurpose): Promise<User> {
    const now = this.clock.now();
    const userId = await this.repo.consumeEmailToken(hashSecret(token), purpose, now);
    const user = userId ? await this.users.findLive(userId) : null;
    if (!user) throw new DomainError('invalid_token');
    return user;
  }

  verifyEmail(token: string): Promise<User> {
    return this.tx.run(async () => {
      const user = await this.consumeEmailToken(token, 'verify_email');
      if (!user.emailVerifiedAt) {
        user.emailVerifiedAt = this.clock.now();
        await this.users.save(user);
        // invitations to bodies sent to this address now belong to the account that proved it
        if (user.email) await takeUpBodyInvitations(this.tx.manager, user.id, user.email);
      }
      return user;
    });
  }

  /** Checks e-mail and password with the same work whether or not the account exists. */
  async checkCredentials(email: string, password: string, ip: string): Promise<User> {
    const normalized = email.trim().toLowerCase();
    const { loginFailures, loginWindowSeconds } = this.config.rateLimits;
    const failKey = this.limiter.addressKey('login-fail', `${ip}\n${normalized}`, loginWindowSeconds);
    await this.limiter.check(failKey, loginFailures, loginWindowSeconds);
    const user = await this.users.findByEmail(normalized);
    const hash = user?.passwordHash ?? (await (this.dummyHash ??= this.hashPassword('not-a-real-password-0000')));
    const ok = await argon2.verify(hash, password).catch(() => false);
    if (!user || !user.passwordHash || !ok) {
      await this.limiter.hit(failKey, Number.MAX_SAFE_INTEGER, loginWindowSeconds);
      throw new DomainError('invalid_credentials');
    }
    return user;
  }

  /** The access token names its session (the refresh family), so ending the session ends it too. */
  private signAccess(userId: string, familyId: string): { accessToken: string; expiresIn: number } {
    const expiresIn = this.config.accessTokenTtlSeconds;
    return { accessToken: this.jwt.sign({ sub: userId, sid: familyId }, { expiresIn, algorithm: 'HS256' }), expiresIn };
  }

  private async issueRefresh(userId: string, familyId: string): Promise<{ refreshToken: string; refreshExpiresAt: Date }> {
    const { token, hash } = newSecret();
    const refreshExpiresAt = new Date(this.clock.now().getTime() + this.config.refreshTokenTtlDays * 24 * HOUR);
    await this.tx.repo(RefreshToken).insert({ userId, familyId, tokenHash: hash, expiresAt: refreshExpiresAt });
    return { refreshToken: token, refreshExpiresAt };
  }

  /** A new login: an access token and the first refresh token of a new family. */
  login(user: User): Promise<IssuedTokens> {
    return this.tx.run(async () => {
      const familyId = randomUUID();
      return { ...this.signAccess(user.id, familyId), ...(await this.issueRefresh(user.id, familyId)) };
    });
  }

  /**
   * Rotates a refresh token. A token that was already rotated means it was stolen or replayed:
   * the whole family is revoked and the caller must log in again. Except within a few seconds of
   * its rotation (`refreshReuseGraceSeconds`): two tabs, or a retried request, refreshing with the
   * same cookie at once each get a new pair of the same session instead of ending it.
   */
  async refresh(token: string | undefined): Promise<IssuedTokens> {
    if (!token) throw new DomainError('invalid_refresh_token');
    const outcome = await this.tx.run(async (em) => {
      const now = this.clock.now();
      const current = await em.getRepository(RefreshToken).createQueryBuilder('t').setLock('pessimistic_write').where('t.token_hash = :h', { h: hashSecret(token) }).getOne();
      if (!current || current.revokedAt || current.expiresAt <= now) return null;
      if (current.rotatedAt) {
        const graceEnds = current.rotatedAt.getTime() + this.config.refreshReuseGraceSeconds * 1000;
        if (now.getTime() > graceEnds) {
          await em.getRepository(RefreshToken).update({ familyId: current.familyId, revokedAt: IsNull() }, { revokedAt: now });
          return 'reused' as const;
        }
      }
      const user = await this.users.findLive(current.userId);
      if (!user) return null;
      if (!current.rotatedAt) await em.getRepository(RefreshToken).update({ id: current.id }, { rotatedAt: now });
      return { ...this.signAccess(user.id, current.familyId), ...(await this.issueRefresh(user.id, current.familyId)) };
    });
    if (!outcome || outcome === 'reused') throw new DomainError('invalid_refresh_token');
    return outcome;
  }

  /** Ends the session of this refresh token (its whole family). */
  async logout(token: string | undefined): Promise<void> {
    if (!token) return;
    await this.tx.run(async (em) => {
      const current = await em.getRepository(RefreshToken).findOneBy({ tokenHash: hashSecret(token) });
      if (current) await em.getRepository(RefreshToken).update({ familyId: current.familyId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    });
  }

  /** Always succeeds from the outside, so nobody can learn which e-mails are registered. */
  forgotPassword(email: string): Promise<void> {
    return this.tx.run(async () => {
      const user = await this.users.findByEmail(email);
      if (!user) return;
      try {
        await this.limiter.hit(`reset-mail:${user.id}`, 5, 3600);
      } catch {
        return; // quietly: the answer must not differ for a flooded address
      }
      const token = await this.createEmailToken(user.id, 'reset_password');
      await this.mail.send(user.email!, 'resetPassword', user.locale, { name: user.displayName, link: `${this.config.publicUrl}/reset-password?token=${token}` });
    });
  }

  /** Sets a new password and ends every session of the account. */
  resetPassword(token: string, password: string): Promise<void> {
    return this.tx.run(async (em) => {
      const user = await this.consumeEmailToken(token, 'reset_password');
      user.passwordHash = await this.hashPassword(password);
      // the link proves control of the mailbox
      user.emailVerifiedAt ??= this.clock.now();
      await this.users.save(user);
      await em.getRepository(RefreshToken).update({ userId: user.id, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    });
  }
}
