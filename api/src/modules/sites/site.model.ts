import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar, LocalTimeScalar } from '../../graphql/scalars.js';

@ObjectType('OpeningHours')
export class OpeningHoursModel {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday' }) weekday!: number;
  @Field(() => LocalTimeScalar) opensAt!: string;
  @Field(() => LocalTimeScalar) closesAt!: string;
}

@ObjectType('ClosureDay')
export class ClosureDayModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) siteId!: string;
  @Field(() => LocalDateScalar) date!: string;
  @Field() reason!: string;
  @Field({ description: 'PUBLIC_HOLIDAY or CLOSURE' }) kind!: string;
}

@ObjectType('Zone')
export class ZoneModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) floorId!: string;
  @Field() name!: string;
}

@ObjectType('Floor')
export class FloorModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) siteId!: string;
  @Field() name!: string;
  @Field(() => Int) level!: number;
  @Field(() => Int, { description: 'Width of the floor-plan coordinate system' }) planWidth!: number;
  @Field(() => Int) planHeight!: number;
}

@ObjectType('Site')
export class SiteModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() address!: string;
  @Field({ description: 'IANA time zone; days, opening hours and reports use it' }) timeZone!: string;
  @Field() isSatellite!: boolean;
  @Field() holidayRegion!: string;
  @Field() active!: boolean;
}
