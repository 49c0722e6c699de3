import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';

export const SUCCESS_MEASURES = [
  'FLEX_DESKS',
  'ACTIVITY_SPACES',
  'WORKPLACE_SATISFACTION',
  'CROSS_DEPARTMENT_MEETINGS',
  'PARTNER_ORGANISATIONS',
  'PARTNER_HOURS',
  'EXTERNAL_SERVICES_ON_DESKS',
  'SATELLITE_SERVICE_POINTS',
  'SATELLITE_CONTACT_TREND',
] as const;
export type SuccessMeasureKey = (typeof SUCCESS_MEASURES)[number];
export const SuccessMeasureKeyEnum = Object.fromEntries(SUCCESS_MEASURES.map((m) => [m, m])) as { [K in SuccessMeasureKey]: K };
registerEnumType(SuccessMeasureKeyEnum, { name: 'SuccessMeasureKey', description: 'The success measures of seed 002 ("Succesmeting")' });

export type MeasureStatus = 'MET' | 'NOT_MET' | 'NO_DATA' | 'SUPPRESSED';
export const MeasureStatusEnum = { MET: 'MET', NOT_MET: 'NOT_MET', NO_DATA: 'NO_DATA', SUPPRESSED: 'SUPPRESSED' } as const satisfies Record<
  MeasureStatus,
  MeasureStatus
>;
registerEnumType(MeasureStatusEnum, { name: 'MeasureStatus' });

export type MeasureUnit = 'SHARE' | 'COUNT' | 'SCORE' | 'HOURS_PER_EMPLOYEE_WEEK' | 'HOURS_PER_WEEK' | 'CHANGE';
export const MeasureUnitEnum = {
  SHARE: 'SHARE',
  COUNT: 'COUNT',
  SCORE: 'SCORE',
  HOURS_PER_EMPLOYEE_WEEK: 'HOURS_PER_EMPLOYEE_WEEK',
  HOURS_PER_WEEK: 'HOURS_PER_WEEK',
  CHANGE: 'CHANGE',
} as const satisfies Record<MeasureUnit, MeasureUnit>;
registerEnumType(MeasureUnitEnum, { name: 'MeasureUnit', description: 'SHARE and CHANGE are fractions (0.1 = 10%)' });

@ObjectType('MeasureDetail', { description: 'A number behind the value, e.g. the spaces of one kind' })
export class MeasureDetailModel {
  @Field() key!: string;
  @Field(() => Float) value!: number;
}

@ObjectType('MeasurePoint', { description: 'One month of a trend' })
export class MeasurePointModel {
  @Field(() => LocalDateScalar, { description: 'First day of the month' }) month!: string;
  @Field(() => Float) value!: number;
}

@ObjectType('SuccessMeasure')
export class SuccessMeasureModel {
  @Field(() => SuccessMeasureKeyEnum) key!: SuccessMeasureKey;
  @Field(() => MeasureUnitEnum) unit!: MeasureUnit;
  @Field(() => Float, { nullable: true, description: 'The current value; null when there is no data or it is suppressed' })
  value!: number | null;
  @Field(() => Float, { description: 'The value to reach (at least; for the trend: the growth to exceed)' }) target!: number;
  @Field(() => Float, { nullable: true, description: 'FLEX_DESKS only: never more desks required than this' }) cap!: number | null;
  @Field() targetIsDefault!: boolean;
  @Field(() => MeasureStatusEnum) status!: MeasureStatus;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The window the value is computed over' }) windowFrom!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) windowTo!: string | null;
  @Field(() => [MeasureDetailModel]) details!: MeasureDetailModel[];
  @Field(() => [MeasurePointModel]) series!: MeasurePointModel[];
  @Field(() => [String], { description: 'Names behind a count (organisations, satellite sites)' }) names!: string[];
}
