import { ABUSE_ERRORS } from '../../abuse/abuse.errors.js';
import { AUTH_ERRORS } from '../../auth/auth.errors.js';
import { ADMIN_ERRORS } from '../../modules/administration/admin.errors.js';
import { BOOKING_ERRORS } from '../../modules/bookings/booking.errors.js';
import { CONFIDENTIAL_ERRORS } from '../../modules/confidential/confidential.errors.js';
import { ORGANISATION_ERRORS } from '../../modules/organisations/organisations.errors.js';
import { PARTNER_ERRORS } from '../../modules/partners/partners.errors.js';
import { CHECK_IN_ERRORS } from '../../modules/check-in/check-in.errors.js';
import { CALENDAR_ERRORS } from '../../modules/calendar/calendar.errors.js';
import { MAIL_ERRORS } from '../../modules/notifications/mail.errors.js';
import { PEOPLE_ERRORS } from '../../modules/people/people.errors.js';
import { RATING_ERRORS } from '../../modules/ratings/ratings.errors.js';
import { REPORT_ERRORS } from '../../modules/reports/reports.errors.js';
import { SITE_ERRORS } from '../../modules/sites/sites.errors.js';
import { SPACE_ERRORS } from '../../modules/spaces/spaces.errors.js';
import { COMMON_ERRORS, type ErrorCategory } from './error-categories.js';

/** The one table from specific error code to public category; the compiler checks it is complete. */
export const ERROR_CATEGORIES = {
  ...COMMON_ERRORS,
  ...AUTH_ERRORS,
  ...BOOKING_ERRORS,
  ...CONFIDENTIAL_ERRORS,
  ...ORGANISATION_ERRORS,
  ...PARTNER_ERRORS,
  ...CHECK_IN_ERRORS,
  ...RATING_ERRORS,
  ...REPORT_ERRORS,
  ...SITE_ERRORS,
  ...SPACE_ERRORS,
  ...PEOPLE_ERRORS,
  ...ADMIN_ERRORS,
  ...MAIL_ERRORS,
  ...CALENDAR_ERRORS,
  ...ABUSE_ERRORS,
} as const satisfies Record<string, ErrorCategory>;

export type ErrorCode = keyof typeof ERROR_CATEGORIES;

/**
 * Database constraints a user can trip with valid-looking input, and the error each one means.
 * Anything not listed here stays an internal error.
 */
export const CONSTRAINT_ERRORS: Record<string, { code: ErrorCode; field: string; message: string }> = {
  sites_name_key: { code: 'SITE_NAME_TAKEN', field: 'name', message: 'A site with this name already exists' },
  floors_site_name_key: { code: 'FLOOR_NAME_TAKEN', field: 'name', message: 'This site already has a floor with this name' },
  floors_site_fkey: { code: 'NOT_FOUND', field: 'siteId', message: 'Site not found' },
  zones_floor_name_key: { code: 'ZONE_NAME_TAKEN', field: 'name', message: 'This floor already has a zone with this name' },
  zones_floor_fkey: { code: 'NOT_FOUND', field: 'floorId', message: 'Floor not found' },
  closure_days_site_date_key: { code: 'CLOSURE_DAY_EXISTS', field: 'date', message: 'This date is already a closure day' },
  spaces_floor_name_key: { code: 'SPACE_NAME_TAKEN', field: 'name', message: 'This floor already has a space with this name' },
  spaces_floor_fkey: { code: 'NOT_FOUND', field: 'floorId', message: 'Floor not found' },
  spaces_zone_fkey: { code: 'SPACE_ZONE_NOT_ON_FLOOR', field: 'zoneId', message: 'The zone is not on this floor' },
  booking_rules_duration_check: {
    code: 'RULES_INVALID',
    field: 'minDurationMinutes',
    message: 'Minimum duration exceeds maximum duration',
  },
  booking_rules_consultation_warning_check: {
    code: 'RULES_INVALID',
    field: 'releaseWarningMinutes',
    message: 'Consultation rooms always warn before releasing a no-show',
  },
  occupancy_targets_site_fkey: { code: 'NOT_FOUND', field: 'siteId', message: 'Site not found' },
  occupancy_targets_department_fkey: { code: 'NOT_FOUND', field: 'departmentId', message: 'Department not found' },
  users_email_key: { code: 'USER_EMAIL_TAKEN', field: 'email', message: 'A user with this e-mail address already exists' },
  users_department_fkey: { code: 'NOT_FOUND', field: 'departmentId', message: 'Department not found' },
  users_organisation_fkey: { code: 'NOT_FOUND', field: 'organisationId', message: 'Organisation not found' },
  users_partner_check: { code: 'USER_ROLES_INVALID', field: 'roles', message: 'A partner account needs an organisation and no other role' },
  departments_name_key: { code: 'DEPARTMENT_NAME_TAKEN', field: 'name', message: 'A department with this name already exists' },
  departments_cluster_fkey: { code: 'NOT_FOUND', field: 'clusterId', message: 'Cluster not found' },
  organisations_name_key: { code: 'ORGANISATION_NAME_TAKEN', field: 'name', message: 'An organisation with this name already exists' },
  organisations_enterprise_number_key: {
    code: 'ENTERPRISE_NUMBER_TAKEN',
    field: 'enterpriseNumber',
    message: 'An organisation with this enterprise number already exists',
  },
  organisations_enterprise_number_check: {
    code: 'ENTERPRISE_NUMBER_CHECKSUM',
    field: 'enterpriseNumber',
    message: 'Not a valid enterprise number',
  },
  organisations_agreement_check: {
    code: 'ORGANISATION_AGREEMENT_INVALID',
    field: 'agreementEndsOn',
    message: 'The agreement cannot end before it starts',
  },
  organisation_access_site_fkey: { code: 'NOT_FOUND', field: 'grants', message: 'Site not found' },
  organisation_access_space_fkey: { code: 'NOT_FOUND', field: 'grants', message: 'Space not found' },
  clusters_name_key: { code: 'CLUSTER_NAME_TAKEN', field: 'name', message: 'A cluster with this name already exists' },
  booking_attendees_user_fkey: { code: 'NOT_FOUND', field: 'attendeeIds', message: 'Attendee not found' },
  calendar_feeds_personal_key: { code: 'CALENDAR_FEED_EXISTS', field: 'spaceId', message: 'You already have a calendar link' },
  calendar_feeds_space_key: { code: 'CALENDAR_FEED_EXISTS', field: 'spaceId', message: 'You already have a calendar link for this space' },
};
