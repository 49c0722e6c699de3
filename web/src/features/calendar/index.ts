export { MyCalendar } from './MyCalendar';
