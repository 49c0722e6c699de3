import { registerEnumType } from '@nestjs/graphql';
import { ROLES } from '../auth/roles.js';
import { BOOKING_STATUSES } from '../modules/bookings/booking-status.js';
import { EQUIPMENT, SPACE_KINDS } from '../modules/spaces/space-kind.js';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const RoleEnum = enumObject(ROLES);
registerEnumType(RoleEnum, { name: 'Role', description: 'What a user may do (see DOMAIN.md).' });

export const SpaceKindEnum = enumObject(SPACE_KINDS);
registerEnumType(SpaceKindEnum, { name: 'SpaceKind' });

export const EquipmentEnum = enumObject(EQUIPMENT);
registerEnumType(EquipmentEnum, { name: 'Equipment' });

export const BookingStatusEnum = enumObject(BOOKING_STATUSES);
registerEnumType(BookingStatusEnum, { name: 'BookingStatus' });

export const LocaleEnum = { nl_BE: 'nl-BE', en: 'en' } as const;
registerEnumType(LocaleEnum, { name: 'Locale' });
