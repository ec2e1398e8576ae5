import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Tx } from '../database/transaction';
import { User } from './user.entity';

@Injectable()
export class UsersRepository {
  constructor(private readonly tx: Tx) {}

  private get repo() {
    return this.tx.repo(User);
  }

  findLive(id: string): Promise<User | null> {
    return this.repo.findOneBy({ id, deletedAt: IsNull() });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.repo.findOneBy({ email: email.trim().toLowerCase(), deletedAt: IsNull() });
  }

  /** Live accounts whose e-mail or name contains `q`, by e-mail, keyset after `afterEmail`. */
  search(q: string, limit: number, afterEmail?: string): Promise<User[]> {
    const qb = this.repo
      .createQueryBuilder('u')
      .where('u.deleted_at IS NULL')
      .orderBy('u.email', 'ASC')
      .limit(limit);
    if (q) qb.andWhere('(u.email ILIKE :q OR u.display_name ILIKE :q)', { q: `%${q.replace(/[%_\\]/g, '\\$&')}%` });
    if (afterEmail) qb.andWhere('u.email > :after', { after: afterEmail });
    return qb.getMany();
  }

  create(data: Partial<User>): Promise<User> {
    return this.repo.save(this.repo.create(data));
  }

  /** An account object that is not stored (the answer to a registration with a taken address). */
  unsaved(data: Partial<User>): User {
    return this.repo.create({ emailVerifiedAt: null, isAdmin: false, deletedAt: null, passwordHash: null, ...data });
  }

  save(user: User): Promise<User> {
    return this.repo.save(user);
  }
}
