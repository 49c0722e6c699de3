export { LiveBookings } from './LiveBookings';
export { useLiveBookings } from './useLiveBookings';
