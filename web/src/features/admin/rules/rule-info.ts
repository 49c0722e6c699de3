import type { TFunction } from 'i18next';
import type { RuleValuesFragment } from '../../../gql/admin/graphql';

export type RuleKey = Exclude<keyof RuleValuesFragment, '__typename'>;
export type RuleInfo = {
  key: RuleKey;
  type: 'slot' | 'minutes' | 'days' | 'count' | 'boolean';
  min?: number;
  max?: number;
  nullable?: boolean;
};

/** Every rule the booking engine applies, in the order a person thinks about a booking. */
export const RULES: RuleInfo[] = [
  { key: 'slotMinutes', type: 'slot' },
  { key: 'minDurationMinutes', type: 'minutes', min: 1, max: 1440 },
  { key: 'maxDurationMinutes', type: 'minutes', min: 1, max: 1440 },
  { key: 'maxDaysAhead', type: 'days', min: 0, max: 730 },
  { key: 'minNoticeMinutes', type: 'minutes', min: 0, max: 20160 },
  { key: 'bufferMinutes', type: 'minutes', min: 0, max: 240 },
  { key: 'maxBookingsPerDay', type: 'count', min: 1, max: 48, nullable: true },
  { key: 'checkInRequired', type: 'boolean' },
  { key: 'checkInOpensMinutes', type: 'minutes', min: 0, max: 240 },
  { key: 'checkInGraceMinutes', type: 'minutes', min: 0, max: 240 },
  { key: 'releaseWarningMinutes', type: 'minutes', min: 1, max: 240, nullable: true },
];

export const SLOT_CHOICES = [5, 10, 15, 20, 30, 60];

export type RuleValue = number | boolean | null;

/** 90 → "1 u 30 min", 600 → "10 u", 45 → "45 min". */
export function duration(t: TFunction, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t('admin.rules.min', { count: m });
  return m ? `${t('admin.rules.hours', { count: h })} ${t('admin.rules.min', { count: m })}` : t('admin.rules.hours', { count: h });
}

/** A rule's value in plain words, e.g. "at most 10 h" or "no limit". */
export function ruleInWords(t: TFunction, rule: RuleInfo, value: RuleValue | undefined): string {
  if (value === null || value === undefined) return t(`admin.rules.none.${rule.key}`);
  if (rule.type === 'boolean') return t(value ? 'admin.rules.yes' : 'admin.rules.no');
  const amount = rule.type === 'minutes' || rule.type === 'slot' ? duration(t, Number(value)) : String(value);
  return t(`admin.rules.sentence.${rule.key}`, { value: amount, count: Number(value) });
}
