import { registerTexts } from '../../app/i18n';
import { checkInTexts } from './texts';

registerTexts(checkInTexts);

export { BookingCheckIn } from './BookingCheckIn';
export { PresencePanel } from './PresencePanel';
export { QrSheet } from './QrSheet';
export { ScanView } from './ScanView';
