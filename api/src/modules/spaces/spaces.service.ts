import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import { TransactionRunner } from '../../database/transaction.js';
import { AdminChangesService } from '../administration/admin-changes.service.js';
import { ChangeImpactService, type AffectedBooking, type Impact } from '../administration/change-impact.service.js';
import type { BookingRulesEntity } from './booking-rules.entity.js';
import { RULE_FIELDS, type BookingRules } from './booking-rules.js';
import type {
  CreateSpaceInput,
  PlaceSpacesInput,
  SetBookingRulesInput,
  SpacePositionInput,
  SpacesFilter,
  UpdateSpaceInput,
  UpdateSpacesInput,
} from './dto/space.inputs.js';
import type { SpaceEntity } from './space.entity.js';
import { SpacesRepository, type SpaceRow } from './spaces.repository.js';

/** What one space becomes: the changed columns, from the space as it is. */
type SpaceEdit = (space: SpaceEntity) => Partial<SpaceEntity>;

@Injectable()
export class SpacesService {
  constructor(
    private readonly repo: SpacesRepository,
    private readonly changes: AdminChangesService,
    private readonly impact: ChangeImpactService,
    private readonly tx: TransactionRunner,
  ) {}

  list(viewer: Viewer, filter: SpacesFilter = {}): Promise<SpaceRow[]> {
    return this.repo.list(viewer, filter);
  }

  /** A space the viewer may see; NOT_FOUND otherwise, so ids cannot be probed. */
  async getVisibleOrThrow(viewer: Viewer, id: string, field = 'id'): Promise<SpaceRow> {
    const row = await this.repo.findVisible(viewer, id);
    if (!row) throw notFound('Space', field);
    return row;
  }

  async create(viewer: Viewer, input: CreateSpaceInput): Promise<SpaceRow> {
    const { position, ...rest } = input;
    const consultation = input.kind === 'CONSULTATION_ROOM';
    const id = await this.tx.run(async (em) => {
      const created = await this.repo.save(
        {
          ...rest,
          zoneId: input.zoneId ?? null,
          confidential: input.confidential ?? consultation,
          bookableByRoles: input.bookableByRoles ?? (consultation ? ['SOCIAL_WORKER'] : ['EMPLOYEE', 'SOCIAL_WORKER']),
          ...positionColumns(position),
        },
        em,
      );
      await this.changes.record(em, viewer, {
        action: 'space.create',
        targetType: 'SPACE',
        targetId: created.id,
        targetLabel: created.name,
        after: spaceSnapshot(created),
      });
      return created.id;
    });
    return this.getVisibleOrThrow(viewer, id);
  }

  /** Changes one space; deactivating it or changing its kind cancels its upcoming bookings only when confirmed. */
  async update(viewer: Viewer, input: UpdateSpaceInput): Promise<SpaceRow> {
    await this.impact.apply(viewer, input, this.spacesChange(viewer, [input.id], 'id', singleEdit(input)));
    return this.getVisibleOrThrow(viewer, input.id);
  }

  previewUpdate(viewer: Viewer, input: UpdateSpaceInput): Promise<Impact> {
    return this.impact.preview(this.spacesChange(viewer, [input.id], 'id', singleEdit(input)));
  }

  /** One change for many spaces, all or nothing. */
  async updateMany(viewer: Viewer, input: UpdateSpacesInput): Promise<SpaceRow[]> {
    await this.impact.apply(viewer, input, this.spacesChange(viewer, input.ids, 'ids', bulkEdit(input)));
    return this.repo.list(viewer, { ids: input.ids });
  }

  previewUpdateMany(viewer: Viewer, input: UpdateSpacesInput): Promise<Impact> {
    return this.impact.preview(this.spacesChange(viewer, input.ids, 'ids', bulkEdit(input)));
  }

  private spacesChange(viewer: Viewer, ids: readonly string[], field: string, edit: SpaceEdit) {
    return async (em: EntityManager, now: Date) => {
      const unique = [...new Set(ids)];
      const spaces = await this.repo.findEntitiesForUpdate(unique, em);
      if (spaces.length !== unique.length) throw notFound('Space', field);
      const deactivated = new Set<string>();
      const kindChanged = new Set<string>();
      for (const space of spaces) {
        const next = { ...space, ...edit(space) };
        await this.repo.save(next, em);
        await this.changes.record(em, viewer, {
          action: 'space.update',
          targetType: 'SPACE',
          targetId: space.id,
          targetLabel: next.name,
          before: spaceSnapshot(space),
          after: spaceSnapshot(next),
        });
        if (space.active && !next.active) deactivated.add(space.id);
        else if (space.kind !== next.kind) kindChanged.add(space.id);
      }
      const hit = [...deactivated, ...kindChanged];
      const affected: AffectedBooking[] = hit.length
        ? (await this.impact.upcoming({ spaceIds: hit }, now, em)).map((b) => ({
            ...b,
            reason: deactivated.has(b.spaceId) ? ('SPACE_INACTIVE' as const) : ('SPACE_KIND_CHANGED' as const),
          }))
        : [];
      return { value: unique, affected };
    };
  }

  /** Positions on one floor's plan, saved together; every space must stand on that floor. */
  async place(viewer: Viewer, input: PlaceSpacesInput): Promise<SpaceRow[]> {
    const ids = [...new Set(input.placements.map((p) => p.spaceId))];
    await this.tx.run(async (em) => {
      const spaces = new Map((await this.repo.findEntitiesForUpdate(ids, em)).map((s) => [s.id, s]));
      for (const p of input.placements) {
        const space = spaces.get(p.spaceId);
        if (!space || space.floorId !== input.floorId) throw notFound('Space', 'placements');
        const next = { ...space, ...positionColumns(p.position) };
        await this.repo.save(next, em);
        await this.changes.record(em, viewer, {
          action: 'space.place',
          targetType: 'SPACE',
          targetId: space.id,
          targetLabel: space.name,
          before: { position: positionOf(space) },
          after: { position: positionOf(next) },
        });
      }
    });
    return this.repo.list(viewer, { ids });
  }

  async kindDefaults(): Promise<{ kind: BookingRulesEntity['spaceKind']; rules: BookingRules }[]> {
    // kind rows are complete (booking_rules_kind_complete_check), so they are effective rules
    return (await this.repo.kindDefaults()).map((r) => ({ kind: r.spaceKind, rules: r as unknown as BookingRules }));
  }

  /** Changes a kind's defaults or one space's overrides; null on a space override means "inherit". */
  async setRules(viewer: Viewer, input: SetBookingRulesInput): Promise<BookingRules> {
    const { spaceKind, spaceId } = input;
    if (Boolean(spaceKind) === Boolean(spaceId)) {
      throw DomainError.field('RULES_TARGET_INVALID', 'spaceKind', 'Give either spaceKind or spaceId');
    }
    const space = spaceId ? await this.getVisibleOrThrow(viewer, spaceId, 'spaceId') : undefined;
    const values: Partial<BookingRulesEntity> = {};
    for (const f of RULE_FIELDS) {
      const v = input[f];
      if (v === undefined) continue;
      if (v === null && spaceKind && f !== 'maxBookingsPerDay' && f !== 'releaseWarningMinutes') {
        throw DomainError.field('RULES_INVALID', f, 'A default rule cannot be empty');
      }
      Object.assign(values, { [f]: v });
    }
    const saved = await this.tx.run(async (em) => {
      const existing = await this.repo.findRulesRow(spaceKind ? { spaceKind } : { spaceId: spaceId! }, em);
      const merged = { ...(existing ?? { spaceKind: spaceKind ?? null, spaceId: spaceId ?? null }), ...values };
      const min = merged.minDurationMinutes;
      const max = merged.maxDurationMinutes;
      if (min != null && max != null && min > max) {
        throw DomainError.field('RULES_INVALID', 'minDurationMinutes', 'Minimum duration exceeds maximum duration');
      }
      const row = await this.repo.saveRulesRow(merged, em);
      await this.changes.record(em, viewer, {
        action: spaceKind ? 'rules.update_defaults' : 'rules.update_space',
        targetType: 'BOOKING_RULES',
        targetId: spaceId ?? null,
        targetLabel: spaceKind ?? space!.name,
        before: rulesSnapshot(existing ?? {}),
        after: rulesSnapshot(row),
      });
      return row;
    });
    return spaceId ? (await this.getVisibleOrThrow(viewer, spaceId)).rules : (saved as unknown as BookingRules);
  }
}

function singleEdit(input: UpdateSpaceInput): SpaceEdit {
  const { id: _id, position, cancelAffected: _c, cancellationMessage: _m, ...rest } = input;
  const changes: Partial<SpaceEntity> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  if (position !== undefined) Object.assign(changes, positionColumns(position));
  return () => changes;
}

function bulkEdit(input: UpdateSpacesInput): SpaceEdit {
  const { ids: _ids, addEquipment, removeEquipment, cancelAffected: _c, cancellationMessage: _m, ...rest } = input;
  const changes: Partial<SpaceEntity> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  return (space) => {
    if (!addEquipment?.length && !removeEquipment?.length) return changes;
    const equipment = [...new Set([...space.equipment, ...(addEquipment ?? [])])].filter((e) => !removeEquipment?.includes(e));
    return { ...changes, equipment };
  };
}

function positionColumns(p: SpacePositionInput | null | undefined): Partial<SpaceEntity> {
  if (!p) return { posX: null, posY: null, width: null, height: null, rotation: 0 };
  return { posX: p.x, posY: p.y, width: p.width, height: p.height, rotation: p.rotation ?? 0 };
}

function positionOf(s: Pick<SpaceEntity, 'posX' | 'posY' | 'width' | 'height' | 'rotation'>) {
  return s.posX === null ? null : { x: s.posX, y: s.posY, width: s.width, height: s.height, rotation: s.rotation };
}

function spaceSnapshot(s: SpaceEntity) {
  return {
    floorId: s.floorId,
    zoneId: s.zoneId,
    name: s.name,
    kind: s.kind,
    capacity: s.capacity,
    equipment: [...s.equipment].sort(),
    confidential: s.confidential,
    bookableByRoles: [...s.bookableByRoles].sort(),
    partnerAccess: s.partnerAccess,
    requiresApproval: s.requiresApproval,
    active: s.active,
    position: positionOf(s),
  };
}

function rulesSnapshot(r: Partial<BookingRulesEntity>) {
  return Object.fromEntries(RULE_FIELDS.map((f) => [f, r[f] ?? null]));
}
