export { CalendarFeedCard } from './CalendarFeedCard';
export { EmailLanguageCard } from './EmailLanguageCard';
export { OidcStatusCard } from './OidcStatusCard';
export { OutboxTable } from './OutboxTable';
export { settingsTexts } from './texts';
