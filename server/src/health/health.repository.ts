import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Asks the database directly (outside any request transaction) whether it answers. */
@Injectable()
export class HealthRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** `SELECT 1`; rejects when the database does not answer. */
  async selectOne(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
