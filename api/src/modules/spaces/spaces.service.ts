import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError, notFound } from '../../common/errors/domain-error.js';
import type { BookingRulesEntity } from './booking-rules.entity.js';
import { RULE_FIELDS, type BookingRules } from './booking-rules.js';
import type { CreateSpaceInput, SetBookingRulesInput, SpacePositionInput, SpacesFilter, UpdateSpaceInput } from './dto/space.inputs.js';
import type { SpaceEntity } from './space.entity.js';
import { SpacesRepository, type SpaceRow } from './spaces.repository.js';

@Injectable()
export class SpacesService {
  constructor(private readonly repo: SpacesRepository) {}

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
    const created = await this.repo.save({
      ...rest,
      zoneId: input.zoneId ?? null,
      confidential: input.confidential ?? consultation,
      bookableByRoles: input.bookableByRoles ?? (consultation ? ['SOCIAL_WORKER'] : ['EMPLOYEE', 'SOCIAL_WORKER']),
      ...positionColumns(position),
    });
    return this.getVisibleOrThrow(viewer, created.id);
  }

  async update(viewer: Viewer, input: UpdateSpaceInput): Promise<SpaceRow> {
    const existing = await this.repo.findEntity(input.id);
    if (!existing) throw notFound('Space', 'id');
    const { id, position, ...rest } = input;
    const changes: Partial<SpaceEntity> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    if (position !== undefined) Object.assign(changes, positionColumns(position));
    await this.repo.save({ ...existing, ...changes, id });
    return this.getVisibleOrThrow(viewer, id);
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
    if (spaceId) await this.getVisibleOrThrow(viewer, spaceId, 'spaceId');
    const values: Partial<BookingRulesEntity> = {};
    for (const f of RULE_FIELDS) {
      const v = input[f];
      if (v === undefined) continue;
      if (v === null && spaceKind && f !== 'maxBookingsPerDay' && f !== 'releaseWarningMinutes') {
        throw DomainError.field('RULES_INVALID', f, 'A default rule cannot be empty');
      }
      Object.assign(values, { [f]: v });
    }
    const existing = await this.repo.findRulesRow(spaceKind ? { spaceKind } : { spaceId: spaceId! });
    const merged = { ...(existing ?? { spaceKind: spaceKind ?? null, spaceId: spaceId ?? null }), ...values };
    const min = merged.minDurationMinutes;
    const max = merged.maxDurationMinutes;
    if (min != null && max != null && min > max) {
      throw DomainError.field('RULES_INVALID', 'minDurationMinutes', 'Minimum duration exceeds maximum duration');
    }
    const saved = await this.repo.saveRulesRow(merged);
    return spaceId ? (await this.getVisibleOrThrow(viewer, spaceId)).rules : (saved as unknown as BookingRules);
  }
}

function positionColumns(p: SpacePositionInput | null | undefined): Partial<SpaceEntity> {
  if (!p) return { posX: null, posY: null, width: null, height: null, rotation: 0 };
  return { posX: p.x, posY: p.y, width: p.width, height: p.height, rotation: p.rotation ?? 0 };
}
