import { registerTexts } from '../../app/i18n';
import { settingsTexts } from './texts';

registerTexts(settingsTexts);
export { CalendarFeedCard } from './CalendarFeedCard';
export { EmailLanguageCard } from './EmailLanguageCard';
export { OidcStatusCard } from './OidcStatusCard';
export { OutboxTable } from './OutboxTable';
export { PasswordCard } from './PasswordCard';
export { SpaceFeedsCard } from './SpaceFeedsCard';
