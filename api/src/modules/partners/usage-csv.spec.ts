import { parse } from 'csv-parse/sync';
import { euros, hours, statementCsv, type StatementData } from './usage-csv.js';

const data: StatementData = {
  organisationName: 'Vereniging "De Kleine Beek"; vzw',
  enterpriseNumber: '0741.085.245',
  month: '2027-01',
  lines: [
    { spaceKind: 'FRONT_DESK', bookings: 1, minutes: 45, centsPerHour: 0, amountCents: 0 },
    { spaceKind: 'MEETING_ROOM', bookings: 2, minutes: 195, centsPerHour: 1250, amountCents: 4063 },
  ],
  bookings: [
    {
      startsAt: new Date('2027-01-12T18:00:00Z'),
      endsAt: new Date('2027-01-12T21:15:00Z'),
      timeZone: 'Europe/Brussels',
      spaceName: 'Zaal De Beek',
      siteName: 'Gemeentehuis',
      spaceKind: 'MEETING_ROOM',
      minutes: 195,
      status: 'CONFIRMED',
      bookerName: 'Marc Jacobs',
      title: 'Bestuursvergadering',
    },
  ],
  totalMinutes: 240,
  totalCents: 4063,
};

describe('the usage statement as CSV', () => {
  it('opens with a UTF-8 byte-order mark and separates with semicolons and CRLF', () => {
    const csv = statementCsv(data, 'nl-BE');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('Soort ruimte;Reservaties;Uren;Tarief per uur (EUR);Bedrag (EUR)\r\n');
  });

  it('writes hours and euros with a decimal comma and quotes what needs it', () => {
    const rows: string[][] = parse(statementCsv(data, 'nl-BE').slice(1), { delimiter: ';', relax_column_count: true });
    expect(rows[0]).toEqual(['Gebruiksoverzicht', 'Vereniging "De Kleine Beek"; vzw']);
    expect(rows).toContainEqual(['Vergaderzaal', '2', '3,25', '12,50', '40,63']);
    expect(rows).toContainEqual(['Totaal', '3', '4,00', '', '40,63']);
    expect(rows).toContainEqual([
      '2027-01-12',
      '19:00',
      '22:15',
      'Zaal De Beek',
      'Gemeentehuis',
      'Vergaderzaal',
      '3,25',
      'Bevestigd',
      'Marc Jacobs',
      'Bestuursvergadering',
    ]);
  });

  it('speaks English on request', () => {
    expect(statementCsv(data, 'en')).toContain('Kind of space;Bookings;Hours;Rate per hour (EUR);Amount (EUR)');
  });

  it('formats money and hours exactly', () => {
    expect([euros(0), euros(5), euros(1250), euros(123456)]).toEqual(['0,00', '0,05', '12,50', '1234,56']);
    expect([hours(15), hours(20), hours(90)]).toEqual(['0,25', '0,33', '1,50']);
  });
});
