import { InitialSchema1767225600000 } from './1767225600000-initial-schema.js';
import { Sessions1767312000000 } from './1767312000000-sessions.js';
import { PartnerOrganisations1767500000000 } from './1767500000000-partner-organisations.js';
import { BookingRequests1767500100000 } from './1767500100000-booking-requests.js';
import { Notifications1767500200000 } from './1767500200000-notifications.js';
import { ConfidentialConsultations1767400000000 } from './1767400000000-confidential-consultations.js';
import { CheckInAndReports1767600000000 } from './1767600000000-check-in-and-reports.js';
import { Administration1767700000000 } from './1767700000000-administration.js';
import { SignInMailAndCalendars1767800000000 } from './1767800000000-sign-in-mail-and-calendars.js';
import { RateLimits1767900000000 } from './1767900000000-rate-limits.js';

/** Every migration in order. Migrations are raw SQL and never import application code. */
export const migrations = [
  InitialSchema1767225600000,
  Sessions1767312000000,
  ConfidentialConsultations1767400000000,
  CheckInAndReports1767600000000,
  Administration1767700000000,
  PartnerOrganisations1767500000000,
  BookingRequests1767500100000,
  Notifications1767500200000,
  SignInMailAndCalendars1767800000000,
  RateLimits1767900000000,
];
