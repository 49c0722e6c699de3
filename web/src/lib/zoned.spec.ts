import { addMinutesToTime, instantOf, nowRoundedUp } from './zoned';

const BXL = 'Europe/Brussels';

describe('wall-clock times in the site’s zone', () => {
  it('turns a local date and time into the right instant in winter and summer', () => {
    expect(instantOf('2027-01-12', '09:00', BXL)?.toISOString()).toBe('2027-01-12T08:00:00.000Z');
    expect(instantOf('2027-07-12', '09:00', BXL)?.toISOString()).toBe('2027-07-12T07:00:00.000Z');
  });

  it('refuses 02:30 on 28 March 2027 (it does not exist) and takes the first 02:30 on 31 October', () => {
    expect(instantOf('2027-03-28', '02:30', BXL)).toBeNull();
    expect(instantOf('2027-10-31', '02:30', BXL)?.toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });

  it('rounds now up to the next quarter hour and adds minutes', () => {
    expect(nowRoundedUp(new Date('2027-01-12T08:07:10Z'), BXL)).toEqual({ date: '2027-01-12', time: '09:15' });
    expect(nowRoundedUp(new Date('2027-01-12T22:55:00Z'), BXL)).toEqual({ date: '2027-01-13', time: '00:00' });
    expect(addMinutesToTime('09:45', 60)).toBe('10:45');
  });
});
