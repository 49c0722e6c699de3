export { RoomDayGrid, type GridRoom } from './RoomDayGrid';
export { ROOMS_DAY } from './documents';
export { minutesOf, timeOf } from './day-slots';
