import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { Roles } from '../../auth/decorators.js';
import { Clock } from '../../common/time/clock.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import type { SpaceKind } from '../spaces/space-kind.js';
import { ReceptionSiteArrivalsModel } from './confidential.model.js';
import { ConsultationsRepository } from './consultations.repository.js';

@ArgsType()
class ReceptionArgs {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: today at each site' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  date?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  siteId?: string;
}

/** The front desk guides visitors: time, room and staff member per site, and nothing about the visit. */
@Resolver()
@Roles('RECEPTION')
export class ReceptionResolver {
  constructor(
    private readonly repo: ConsultationsRepository,
    private readonly clock: Clock,
  ) {}

  @Query(() => [ReceptionSiteArrivalsModel], {
    description: 'Expected visits per site for a day (consultations, front desks, external guests)',
  })
  async receptionArrivals(@Args() args: ReceptionArgs): Promise<ReceptionSiteArrivalsModel[]> {
    const now = this.clock.now();
    const sites = await this.repo.receptionSites(args.date ?? null, now, args.siteId ?? null);
    const rows = await this.repo.arrivals(args.date ?? null, now, args.siteId ?? null);
    return sites.map((s) => ({
      siteId: s.id,
      siteName: s.name,
      isSatellite: s.isSatellite,
      timeZone: s.timeZone,
      date: s.date,
      arrivals: rows
        .filter((r) => r.siteId === s.id)
        .map((r) => ({
          id: r.id,
          startsAt: r.startsAt,
          endsAt: r.endsAt,
          room: { id: r.spaceId, name: r.spaceName, kind: r.spaceKind as SpaceKind, floorName: r.floorName, floorLevel: r.floorLevel },
          hostName: r.hostName,
          departmentName: r.departmentName,
          organisationName: r.organisationName,
          checkedIn: r.checkedIn,
        })),
    }));
  }
}
