import { AuditLogEntity } from '../audit/audit-log.entity.js';
import { SessionEntity } from '../auth/session.entity.js';
import { AdminChangeEntity } from '../modules/administration/admin-change.entity.js';
import { BookingCancellationEntity } from '../modules/administration/booking-cancellation.entity.js';
import { BookingAttendeeEntity } from '../modules/bookings/booking-attendee.entity.js';
import { BookingEntity } from '../modules/bookings/booking.entity.js';
import { NoShowWarningEntity } from '../modules/check-in/no-show-warning.entity.js';
import { ConfidentialDetailsEntity } from '../modules/confidential/confidential-details.entity.js';
import { ConsultationHoldEntity } from '../modules/confidential/consultation-hold.entity.js';
import { OrganisationEntity } from '../modules/organisations/organisation.entity.js';
import { BookingDecisionEntity } from '../modules/partners/booking-decision.entity.js';
import { PartnerInviteEntity } from '../modules/partners/partner-invite.entity.js';
import { NotificationEntity } from '../modules/notifications/notification.entity.js';
import { OutboxMessageEntity } from '../modules/notifications/outbox-message.entity.js';
import {
  OrganisationAccessEntity,
  OrganisationContactEntity,
  OrganisationHoursEntity,
  OrganisationTariffEntity,
} from '../modules/organisations/organisation-parts.entity.js';
import { ClusterEntity } from '../modules/people/cluster.entity.js';
import { DepartmentEntity } from '../modules/people/department.entity.js';
import { UserEntity } from '../modules/people/user.entity.js';
import { BookingRatingEntity } from '../modules/ratings/booking-rating.entity.js';
import { OccupancyTargetEntity } from '../modules/reports/occupancy-target.entity.js';
import { SuccessMeasureTargetEntity } from '../modules/reports/success-measure-target.entity.js';
import { ClosureDayEntity } from '../modules/sites/closure-day.entity.js';
import { FloorEntity } from '../modules/sites/floor.entity.js';
import { FloorPlanEntity } from '../modules/sites/floor-plan.entity.js';
import { OpeningHoursEntity } from '../modules/sites/opening-hours.entity.js';
import { SiteEntity } from '../modules/sites/site.entity.js';
import { ZoneEntity } from '../modules/sites/zone.entity.js';
import { BookingRulesEntity } from '../modules/spaces/booking-rules.entity.js';
import { SpaceEntity } from '../modules/spaces/space.entity.js';
import { UserIdentityEntity } from '../auth/oidc/user-identity.entity.js';
import { BookingReminderEntity } from '../modules/notifications/booking-reminder.entity.js';
import { CalendarFeedEntity } from '../modules/calendar/calendar-feed.entity.js';
import { RateLimitEntity } from '../abuse/rate-limit.entity.js';

/** Every entity, listed explicitly (no globs: the same list works from src and dist). */
export const ENTITIES = [
  ClusterEntity,
  DepartmentEntity,
  OrganisationEntity,
  UserEntity,
  SiteEntity,
  OpeningHoursEntity,
  ClosureDayEntity,
  FloorEntity,
  ZoneEntity,
  SpaceEntity,
  BookingRulesEntity,
  BookingEntity,
  BookingAttendeeEntity,
  SessionEntity,
  NoShowWarningEntity,
  BookingRatingEntity,
  OccupancyTargetEntity,
  SuccessMeasureTargetEntity,
  ConfidentialDetailsEntity,
  ConsultationHoldEntity,
  AuditLogEntity,
  AdminChangeEntity,
  BookingCancellationEntity,
  FloorPlanEntity,
  OrganisationContactEntity,
  OrganisationAccessEntity,
  OrganisationHoursEntity,
  OrganisationTariffEntity,
  PartnerInviteEntity,
  BookingDecisionEntity,
  NotificationEntity,
  OutboxMessageEntity,
  UserIdentityEntity,
  BookingReminderEntity,
  CalendarFeedEntity,
  RateLimitEntity,
];
