import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar, LocalTimeScalar } from '../../graphql/scalars.js';

export const ClosureKindEnum = { PUBLIC_HOLIDAY: 'PUBLIC_HOLIDAY', CLOSURE: 'CLOSURE' } as const;
registerEnumType(ClosureKindEnum, { name: 'ClosureKind', description: 'A public holiday, or a closure day of the organisation' });

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

@ObjectType('PublicHoliday')
export class PublicHolidayModel {
  @Field(() => LocalDateScalar) date!: string;
  @Field({ description: 'In the viewer’s language' }) name!: string;
  @Field(() => ID, { nullable: true, description: 'The closure day that closes the site on it; null when the site opens' })
  closureDayId!: string | null;
}

@ObjectType('Point')
export class PointModel {
  @Field(() => Float) x!: number;
  @Field(() => Float) y!: number;
}

@ObjectType('Zone')
export class ZoneModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) floorId!: string;
  @Field() name!: string;
  @Field(() => [PointModel], { nullable: true, description: 'The zone’s area on the plan (a polygon in plan units)' })
  outline!: PointModel[] | null;
}

@ObjectType('FloorPlanImage', { description: 'The plan drawn behind the spaces, stretched over the floor’s plan coordinates' })
export class FloorPlanImageModel {
  @Field() contentType!: string;
  @Field(() => Int, { description: 'Intrinsic width (pixels, or SVG units)' }) width!: number;
  @Field(() => Int) height!: number;
  @Field(() => Int) byteSize!: number;
  @Field() uploadedAt!: Date;
  @Field({ description: 'GET it with the bearer token; changes when the image does' }) url!: string;
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
