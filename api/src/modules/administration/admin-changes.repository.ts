import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AdminChangeEntity, AdminTargetType } from './admin-change.entity.js';

export type AdminChangeRow = Omit<AdminChangeEntity, 'actorId'> & { actorId: string; actorName: string; actorDepartment: string | null };

export type AdminChangeQuery = {
  targetType?: AdminTargetType;
  targetId?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
  /** The last change of the previous page: only changes listed after it (newest first). */
  after?: string;
  limit: number;
};

@Injectable()
export class AdminChangesRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async insert(values: Omit<AdminChangeEntity, 'id'>, em: EntityManager): Promise<string> {
    const [row] = await em.query<{ id: string }[]>(
      `INSERT INTO admin_changes (occurred_at, actor_id, action, target_type, target_id, target_label, before, after, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        values.occurredAt,
        values.actorId,
        values.action,
        values.targetType,
        values.targetId,
        values.targetLabel.slice(0, 300),
        values.before === null ? null : JSON.stringify(values.before),
        values.after === null ? null : JSON.stringify(values.after),
        values.note,
      ],
    );
    return row!.id;
  }

  list(q: AdminChangeQuery): Promise<AdminChangeRow[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (q.targetType) where.push(`c.target_type = $${params.push(q.targetType)}`);
    if (q.targetId) where.push(`c.target_id = $${params.push(q.targetId)}`);
    if (q.actorId) where.push(`c.actor_id = $${params.push(q.actorId)}`);
    if (q.from) where.push(`c.occurred_at >= $${params.push(q.from)}`);
    if (q.to) where.push(`c.occurred_at < $${params.push(q.to)}`);
    if (q.after) {
      where.push(`(c.occurred_at, c.id) < (SELECT occurred_at, id FROM admin_changes WHERE id = $${params.push(q.after)})`);
    }
    return this.ds.query<AdminChangeRow[]>(
      `SELECT c.id, c.occurred_at AS "occurredAt", c.actor_id AS "actorId", u.display_name AS "actorName", d.name AS "actorDepartment",
              c.action, c.target_type AS "targetType", c.target_id AS "targetId", c.target_label AS "targetLabel",
              c.before, c.after, c.note
         FROM admin_changes c JOIN users u ON u.id = c.actor_id LEFT JOIN departments d ON d.id = u.department_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY c.occurred_at DESC, c.id DESC LIMIT $${params.push(q.limit)}`,
      params,
    );
  }
}
