import { parse } from 'csv-parse/sync';
import { startTestApi, type GraphqlClient, type TestApi } from '@plekwijzer/test';

const CSV = `query($input: OccupancyReportInput!, $locale: Locale) { occupancyReport(input: $input) { csv(locale: $locale) } }`;
const MONDAY = '2027-01-11';
const at = (hhmm: string) => `${MONDAY}T${hhmm}:00+01:00`;

let api: TestApi;
let manager: GraphqlClient;
let site: { id: string; floorId: string };
let smallDepartment: string;
beforeAll(async () => {
  api = await startTestApi();
  manager = await api.as(await api.make.user({ roles: ['MANAGEMENT'] }));
  site = await api.make.site({ hours: [[1, '09:00', '17:00']] });
  const team = await api.make.department();
  const people = [];
  for (let i = 0; i < 12; i++) people.push(await api.make.user({ departmentId: team.id }));
  smallDepartment = (await api.make.department()).id;
  for (let i = 0; i < 4; i++) await api.make.user({ departmentId: smallDepartment });
  for (let i = 0; i < 10; i++) {
    const desk = await api.make.space(site.floorId);
    if (i < 8) {
      await api.make.booking(desk.id, people[i]!.id, {
        startsAt: at('09:00'),
        endsAt: at('17:00'),
        status: i < 6 ? 'COMPLETED' : 'RELEASED',
      });
    }
  }
});
afterAll(() => api.close());

const rows = (csv: string): string[][] => parse(csv.replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: true });
const row = (table: string[][], first: string) => table.find((r) => r[0] === first);

describe('the occupancy report as CSV, over HTTP', () => {
  it('holds every figure with its band and status, and the tables behind the charts, for Belgian Excel', async () => {
    const { occupancyReport } = await manager.data<{ occupancyReport: { csv: string } }>(CSV, {
      input: { from: MONDAY, to: MONDAY, siteId: site.id, groupBy: 'KIND' },
    });
    expect(occupancyReport.csv.startsWith('\uFEFF')).toBe(true);
    expect(occupancyReport.csv).toContain('\r\n');
    const table = rows(occupancyReport.csv);
    expect(row(table, 'Periode')).toEqual(['Periode', MONDAY, MONDAY]);
    expect(row(table, 'Bezettingsgraad (geboekt) (%)')).toEqual([
      'Bezettingsgraad (geboekt) (%)',
      '80,0',
      'Boven de doelband',
      '40,0',
      '75,0',
    ]);
    expect(row(table, 'Benutting (ingecheckt) (%)')?.slice(1, 3)).toEqual(['60,0', 'Binnen de doelband']);
    expect(row(table, 'No-showgraad (%)')?.slice(1, 3)).toEqual(['25,0', 'Boven de doelband']);
    // the heatmap: Monday 09:00 to 16:00, eight cells at 80% booked
    const cells = table.filter((r) => r[0] === 'ma' && r.length === 6);
    expect(cells.map((r) => r[1])).toEqual(['9', '10', '11', '12', '13', '14', '15', '16']);
    expect(cells[0]!.slice(2, 4)).toEqual(['80,0', 'Boven de doelband']);
    expect(row(table, 'Uitsplitsing')).toBeDefined();
    expect(row(table, 'DESK')?.[1]).toBe('80,0');
  });

  it('speaks English on request', async () => {
    const { occupancyReport } = await manager.data<{ occupancyReport: { csv: string } }>(CSV, {
      input: { from: MONDAY, to: MONDAY, siteId: site.id },
      locale: 'en',
    });
    expect(row(rows(occupancyReport.csv), 'No-show rate (%)')?.slice(1, 3)).toEqual(['25,0', 'Above the band']);
  });

  it('leaves the figures of a department of four empty, marked suppressed', async () => {
    const { occupancyReport } = await manager.data<{ occupancyReport: { csv: string } }>(CSV, {
      input: { from: MONDAY, to: MONDAY, siteId: site.id, departmentId: smallDepartment },
    });
    const table = rows(occupancyReport.csv);
    expect(row(table, 'Bezettingsgraad (geboekt) (%)')?.slice(1, 3)).toEqual(['', 'Afgeschermd']);
    expect(row(table, 'Werkplekratio (plekken per persoon)')?.slice(1, 3)).toEqual(['', 'Afgeschermd']);
  });

  it('gives the success measures as CSV, and neither file to an employee', async () => {
    const { successMeasuresCsv } = await manager.data<{ successMeasuresCsv: string }>(`{ successMeasuresCsv }`);
    const table = rows(successMeasuresCsv);
    expect(table[1]).toEqual(['Maatstaf', 'Eenheid', 'Waarde', 'Doel', 'Maximum', 'Status', 'Venster']);
    expect(row(table, 'Flexwerkplekken t.o.v. beeldschermwerkers')?.slice(1, 6)).toEqual([
      '%',
      expect.any(String),
      '10,0',
      '25',
      'Gehaald',
    ]);
    const employee = await api.as(await api.make.user());
    expect((await employee.error(`{ successMeasuresCsv }`)).extensions?.code).toBe('FORBIDDEN');
    expect((await employee.error(CSV, { input: { from: MONDAY, to: MONDAY } })).extensions?.code).toBe('FORBIDDEN');
  });
});
