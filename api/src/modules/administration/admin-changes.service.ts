import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/time/clock.js';
import type { AdminTargetType } from './admin-change.entity.js';
import { AdminChangesRepository, type AdminChangeQuery, type AdminChangeRow } from './admin-changes.repository.js';
import { changedValues, type Snapshot } from './snapshot.js';

export type AdminChangeInput = {
  action: string;
  targetType: AdminTargetType;
  targetId: string | null;
  targetLabel: string;
  /** Omit for a create. */
  before?: Snapshot | null;
  /** Omit for a delete. */
  after?: Snapshot | null;
  note?: string | null;
};

/** Writes the record of administrative changes, always inside the transaction that makes the change. */
@Injectable()
export class AdminChangesService {
  constructor(
    private readonly repo: AdminChangesRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Records a change by `actor`. For an update (before and after) only the changed fields are kept,
   * and an update that changed nothing (and has no note) is not recorded: returns null then.
   */
  async record(em: EntityManager, actor: { id: string }, change: AdminChangeInput): Promise<string | null> {
    let before = change.before ?? null;
    let after = change.after ?? null;
    if (before && after) {
      const diff = changedValues(before, after);
      if (!diff && !change.note) return null;
      before = diff?.before ?? {};
      after = diff?.after ?? {};
    }
    return this.repo.insert(
      {
        occurredAt: this.clock.now(),
        actorId: actor.id,
        action: change.action,
        targetType: change.targetType,
        targetId: change.targetId,
        targetLabel: change.targetLabel,
        before,
        after,
        note: change.note ?? null,
      },
      em,
    );
  }

  list(q: AdminChangeQuery): Promise<AdminChangeRow[]> {
    return this.repo.list(q);
  }
}
