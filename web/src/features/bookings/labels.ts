import type { TFunction } from 'i18next';

/** What a booking is called on screen: its title, or a neutral name when details are hidden. */
export function bookingLabel(
  b: { title?: string | null; detailsHidden: boolean; space: { confidential: boolean; kind: string; name: string } },
  t: TFunction,
): string {
  if (b.space.confidential) return t('agenda.confidential');
  if (b.detailsHidden) return t('agenda.busy');
  return b.title || `${t(`kinds.${b.space.kind}`)} ${b.space.name}`;
}
