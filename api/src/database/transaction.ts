import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PG, pgError } from '../common/errors/pg-error.js';

const RETRYABLE = new Set<string>([PG.deadlock, PG.serializationFailure]);

/** Runs work in one transaction; retries a few times when Postgres reports a deadlock or serialization failure. */
@Injectable()
export class TransactionRunner {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async run<T>(work: (em: EntityManager) => Promise<T>, attempts = 4): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.ds.transaction(work);
      } catch (err) {
        const code = pgError(err)?.code;
        if (attempt >= attempts || !code || !RETRYABLE.has(code)) throw err;
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
      }
    }
  }

  /** Runs work inside a savepoint so a failure undoes only this part of the enclosing transaction. */
  async savepoint<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
    await em.query('SAVEPOINT part');
    try {
      const result = await work();
      await em.query('RELEASE SAVEPOINT part');
      return result;
    } catch (err) {
      await em.query('ROLLBACK TO SAVEPOINT part');
      throw err;
    }
  }
}
