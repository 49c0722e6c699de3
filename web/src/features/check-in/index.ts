import './register-texts';

export { BookingCheckIn } from './BookingCheckIn';
export { PresencePanel } from './PresencePanel';
export { QrSheet } from './QrSheet';
export { ScanView } from './ScanView';
