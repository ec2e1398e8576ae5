import { Injectable } from '@nestjs/common';
import { HealthRepository } from './health.repository';

@Injectable()
export class HealthService {
  constructor(private readonly repo: HealthRepository) {}

  /** Whether the database answers `SELECT 1` within 2 seconds. */
  async databaseUp(): Promise<boolean> {
    try {
      await Promise.race([this.repo.selectOne(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000))]);
      return true;
    } catch {
      return false;
    }
  }
}
