import './register-texts';
export { CalendarFeedCard } from './CalendarFeedCard';
export { EmailLanguageCard } from './EmailLanguageCard';
export { OidcStatusCard } from './OidcStatusCard';
export { OutboxTable } from './OutboxTable';
export { SpaceFeedsCard } from './SpaceFeedsCard';
