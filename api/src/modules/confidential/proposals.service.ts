import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../auth/viewer.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { Clock } from '../../common/time/clock.js';
import { addDays, fromLocal, localDate } from '../../common/time/local-time.js';
import { BookingValidator } from '../bookings/booking-validator.js';
import { SpacesRepository, type SpaceRow } from '../spaces/spaces.repository.js';
import type { ConsultationProposalModel, ConsultationProposalsModel } from './confidential.model.js';
import { ConsultationsRepository } from './consultations.repository.js';
import type { ConsultationProposalsInput } from './dto/confidential.inputs.js';
import { proposeSlots, type SearchSite } from './proposal-search.js';

const MAX_RANGE_DAYS = 31;
const SLOTS_PER_SITE = 2;

/** Finds slots to offer a citizen: two sites (main building and a satellite where possible), two times each. */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly spaces: SpacesRepository,
    private readonly validator: BookingValidator,
    private readonly repo: ConsultationsRepository,
    private readonly clock: Clock,
  ) {}

  async propose(viewer: Viewer, input: ConsultationProposalsInput): Promise<ConsultationProposalsModel> {
    if (input.to < input.from || addDays(input.from, MAX_RANGE_DAYS) < input.to) {
      throw DomainError.field('RANGE_TOO_LARGE', 'to', `Ask for at most ${MAX_RANGE_DAYS} days, with to on or after from`, {
        maxDays: MAX_RANGE_DAYS,
      });
    }
    const now = this.clock.now();
    const rooms = (await this.spaces.list(viewer, { kinds: ['CONSULTATION_ROOM'], bookableOnly: true })).filter(
      (s) => s.confidential && (!input.siteIds?.length || input.siteIds.includes(s.siteId)),
    );
    if (rooms.length === 0) return { proposals: [], complete: false, siteCount: 0 };
    const bySite = new Map<string, SpaceRow[]>();
    for (const r of rooms) bySite.set(r.siteId, [...(bySite.get(r.siteId) ?? []), r]);

    const first = rooms[0]!;
    // A day either side covers every time zone the sites may be in.
    const from = fromLocal(addDays(input.from, -1), 0, first.timeZone)!;
    const to = fromLocal(addDays(input.to, 2), 0, first.timeZone)!;
    const busy = await this.repo.blockedRanges(
      rooms.map((r) => r.id),
      from,
      to,
      now,
    );
    const workerBusy = await this.repo.personBusy(viewer.id, from, to, now);
    const siteInfo = await this.repo.sites([...bySite.keys()]);
    const sites: SearchSite[] = [];
    for (const [siteId, siteRooms] of bySite) {
      const zone = siteRooms[0]!.timeZone;
      const calendar = await this.validator.calendar(siteRooms[0]!, fromLocal(input.from, 0, zone)!, fromLocal(input.to, 0, zone)!);
      sites.push({
        siteId,
        isSatellite: siteInfo.get(siteId)?.isSatellite ?? false,
        calendar,
        rooms: siteRooms.map((r) => ({ spaceId: r.id, rules: r.rules, busy: busy.get(r.id) ?? [] })),
      });
    }
    const today = localDate(now, first.timeZone);
    const result = proposeSlots(sites, {
      from: input.from < today ? today : input.from,
      to: input.to,
      durationMinutes: input.durationMinutes,
      now,
      workerBusy,
      slotsPerSite: SLOTS_PER_SITE,
    });
    const byId = new Map(rooms.map((r) => [r.id, r]));
    const proposals: ConsultationProposalModel[] = result.slots.map((slot) => {
      const room = byId.get(slot.spaceId)!;
      return {
        spaceId: room.id,
        spaceName: room.name,
        siteId: room.siteId,
        siteName: room.siteName,
        isSatellite: siteInfo.get(room.siteId)?.isSatellite ?? false,
        floorName: room.floorName,
        timeZone: room.timeZone,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
      };
    });
    return { proposals, complete: result.complete, siteCount: result.siteIds.length };
  }
}
