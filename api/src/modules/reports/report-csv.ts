import { stringify } from 'csv-stringify/sync';
import type { BandStatus, Figure } from './figures.js';
import type { MeasureStatus, MeasureUnit, SuccessMeasureKey } from './measures.model.js';
import type { OccupancyReport } from './occupancy.service.js';

type Locale = 'nl-BE' | 'en';
type FigureKey = 'deskRatio' | 'bookedOccupancy' | 'utilisation' | 'peakOccupancy' | 'p80DayOccupancy' | 'averageDayPeak' | 'noShowRate';
type Column = 'bookedOccupancy' | 'utilisation' | 'peakOccupancy' | 'p80DayOccupancy' | 'noShowRate';

const WORDS = {
  'nl-BE': {
    title: 'Bezettingsrapport',
    period: 'Periode',
    openDays: 'Open dagen',
    desks: 'Flexplekken',
    ratioBase: 'Beeldschermwerkers (of VTE)',
    peakDay: 'Drukste dag',
    suppressed: 'Afgeschermd (minder dan 5 personen)',
    figure: 'Cijfer',
    value: 'Waarde',
    unitShare: '%',
    status: 'Status',
    low: 'Doel van',
    high: 'Doel tot',
    weekday: 'Weekdag',
    hour: 'Uur',
    week: 'Week vanaf',
    group: 'Groep',
    sections: { heatmap: 'Weekdag × uur', byWeekday: 'Per weekdag', byHour: 'Per uur', trend: 'Per week', groups: 'Uitsplitsing' },
    figures: {
      deskRatio: 'Werkplekratio (plekken per persoon)',
      bookedOccupancy: 'Bezettingsgraad (geboekt)',
      utilisation: 'Benutting (ingecheckt)',
      peakOccupancy: 'Piekbezetting',
      p80DayOccupancy: 'Piek op de 80e-percentieldag',
      averageDayPeak: 'Gemiddelde dagpiek',
      noShowRate: 'No-showgraad',
    } satisfies Record<FigureKey, string>,
    statuses: {
      BELOW: 'Onder de doelband',
      WITHIN: 'Binnen de doelband',
      ABOVE: 'Boven de doelband',
      NO_TARGET: 'Geen doel',
      NO_DATA: 'Geen gegevens',
      SUPPRESSED: 'Afgeschermd',
    } satisfies Record<BandStatus, string>,
    weekdays: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
    measure: 'Maatstaf',
    target: 'Doel',
    cap: 'Maximum',
    window: 'Venster',
    unit: 'Eenheid',
    measureStatuses: { MET: 'Gehaald', NOT_MET: 'Niet gehaald', NO_DATA: 'Geen gegevens', SUPPRESSED: 'Afgeschermd' } satisfies Record<
      MeasureStatus,
      string
    >,
    units: {
      SHARE: '%',
      COUNT: 'aantal',
      SCORE: 'score 1–5',
      HOURS_PER_EMPLOYEE_WEEK: 'uur per medewerker per week',
      HOURS_PER_WEEK: 'uur per week',
      CHANGE: '% verandering',
    } satisfies Record<MeasureUnit, string>,
    measures: {
      FLEX_DESKS: 'Flexwerkplekken t.o.v. beeldschermwerkers',
      ACTIVITY_SPACES: 'Soorten activiteitsgerichte ruimtes',
      WORKPLACE_SATISFACTION: 'Tevredenheid over de werkplek',
      CROSS_DEPARTMENT_MEETINGS: 'Overleg over diensten heen',
      PARTNER_ORGANISATIONS: 'Externe organisaties in onze ruimtes',
      PARTNER_HOURS: 'Uren gebruik door externen',
      EXTERNAL_SERVICES_ON_DESKS: 'Externe diensten op flexplekken en balies',
      SATELLITE_SERVICE_POINTS: 'Decentrale dienstverleningspunten',
      SATELLITE_CONTACT_TREND: 'Contacturen op decentrale locaties (trend)',
    } satisfies Record<SuccessMeasureKey, string>,
    measuresTitle: 'Succesmeting',
  },
  en: {
    title: 'Occupancy report',
    period: 'Period',
    openDays: 'Open days',
    desks: 'Flex desks',
    ratioBase: 'Screen workers (or FTE)',
    peakDay: 'Busiest day',
    suppressed: 'Suppressed (fewer than 5 people)',
    figure: 'Figure',
    value: 'Value',
    unitShare: '%',
    status: 'Status',
    low: 'Target from',
    high: 'Target to',
    weekday: 'Weekday',
    hour: 'Hour',
    week: 'Week from',
    group: 'Group',
    sections: { heatmap: 'Weekday × hour', byWeekday: 'By weekday', byHour: 'By hour', trend: 'By week', groups: 'Breakdown' },
    figures: {
      deskRatio: 'Desk-sharing ratio (desks per person)',
      bookedOccupancy: 'Booked occupancy',
      utilisation: 'Utilisation (checked in)',
      peakOccupancy: 'Peak occupancy',
      p80DayOccupancy: 'Peak on the 80th-percentile day',
      averageDayPeak: 'Average daily peak',
      noShowRate: 'No-show rate',
    } satisfies Record<FigureKey, string>,
    statuses: {
      BELOW: 'Below the band',
      WITHIN: 'Within the band',
      ABOVE: 'Above the band',
      NO_TARGET: 'No target',
      NO_DATA: 'No data',
      SUPPRESSED: 'Suppressed',
    } satisfies Record<BandStatus, string>,
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    measure: 'Measure',
    target: 'Target',
    cap: 'Cap',
    window: 'Window',
    unit: 'Unit',
    measureStatuses: { MET: 'Met', NOT_MET: 'Not met', NO_DATA: 'No data', SUPPRESSED: 'Suppressed' } satisfies Record<
      MeasureStatus,
      string
    >,
    units: {
      SHARE: '%',
      COUNT: 'count',
      SCORE: 'score 1–5',
      HOURS_PER_EMPLOYEE_WEEK: 'hours per employee per week',
      HOURS_PER_WEEK: 'hours per week',
      CHANGE: '% change',
    } satisfies Record<MeasureUnit, string>,
    measures: {
      FLEX_DESKS: 'Flex workplaces vs screen workers',
      ACTIVITY_SPACES: 'Kinds of activity-based spaces',
      WORKPLACE_SATISFACTION: 'Workplace satisfaction',
      CROSS_DEPARTMENT_MEETINGS: 'Cross-department meetings',
      PARTNER_ORGANISATIONS: 'External organisations using our rooms',
      PARTNER_HOURS: 'Hours used by external users',
      EXTERNAL_SERVICES_ON_DESKS: 'External services on flex and front desks',
      SATELLITE_SERVICE_POINTS: 'Satellite service points',
      SATELLITE_CONTACT_TREND: 'Contact hours at satellite sites (trend)',
    } satisfies Record<SuccessMeasureKey, string>,
    measuresTitle: 'Success measures',
  },
} as const;

/** A number as Belgian Excel reads it: decimal comma, no thousands separator. */
function decimal(n: number | null, digits: number): string {
  return n === null ? '' : n.toFixed(digits).replace('.', ',');
}

/** Shares as percentages with one decimal; the desk ratio as it is (desks per person). */
function figureCells(f: Figure, percent: boolean, w: (typeof WORDS)[Locale]): string[] {
  const scale = (n: number | null) => (n === null ? null : percent ? n * 100 : n);
  const digits = percent ? 1 : 3;
  return [decimal(scale(f.value), digits), w.statuses[f.status], decimal(scale(f.low), digits), decimal(scale(f.high), digits)];
}

function csv(rows: string[][]): string {
  return stringify(rows, { delimiter: ';', bom: true, record_delimiter: 'windows' });
}

/**
 * Every part of the occupancy report as one CSV for Excel in Belgium (UTF-8 with BOM, `;`, decimal
 * comma): the figures with their band and status, then each table behind a chart. Suppressed
 * figures stay empty with the status saying why.
 */
export function occupancyCsv(r: OccupancyReport, locale: Locale): string {
  const w = WORDS[locale];
  const pct = (k: string) => `${k} (${w.unitShare})`;
  const head = (first: string[], cols: Column[]) => [...first, ...cols.flatMap((c) => [pct(w.figures[c]), `${w.figures[c]}: ${w.status}`])];
  const cells = (row: Partial<Record<Column, Figure>>, cols: Column[]) =>
    cols.flatMap((c) => {
      const [value, status] = figureCells(row[c]!, true, w);
      return [value!, status!];
    });
  const slices: Column[] = ['bookedOccupancy', 'utilisation', 'noShowRate'];
  const trendCols: Column[] = ['bookedOccupancy', 'utilisation', 'peakOccupancy', 'noShowRate'];
  const groupCols: Column[] = ['bookedOccupancy', 'utilisation', 'peakOccupancy', 'p80DayOccupancy', 'noShowRate'];
  const figureKeys: FigureKey[] = ['bookedOccupancy', 'utilisation', 'peakOccupancy', 'p80DayOccupancy', 'averageDayPeak', 'noShowRate'];
  const rows: string[][] = [
    [w.title],
    [w.period, r.from, r.to],
    [w.openDays, String(r.openDays)],
    [w.desks, String(r.desks)],
    [w.ratioBase, decimal(r.ratioBase, 1)],
    [w.peakDay, r.peakDay ?? ''],
    ...(r.suppressed ? [[w.suppressed]] : []),
    [],
    [w.figure, w.value, w.status, w.low, w.high],
    [w.figures.deskRatio, ...figureCells(r.deskRatio, false, w)],
    ...figureKeys.map((k) => [pct(w.figures[k]), ...figureCells(r[k], true, w)]),
    [],
    [w.sections.heatmap],
    head([w.weekday, w.hour], ['bookedOccupancy', 'utilisation']),
    ...r.heatmap.map((c) => [w.weekdays[c.weekday - 1]!, String(c.hour), ...cells(c, ['bookedOccupancy', 'utilisation'])]),
    [],
    [w.sections.byWeekday],
    head([w.weekday], slices),
    ...r.byWeekday.map((s) => [w.weekdays[s.weekday! - 1]!, ...cells(s, slices)]),
    [],
    [w.sections.byHour],
    head([w.hour], slices),
    ...r.byHour.map((s) => [String(s.hour), ...cells(s, slices)]),
    [],
    [w.sections.trend],
    head([w.week], trendCols),
    ...r.trend.map((t) => [t.weekStart, ...cells(t, trendCols)]),
    ...(r.groupBy
      ? [[], [w.sections.groups], head([w.group], groupCols), ...r.groups.map((g) => [g.label || '—', ...cells(g, groupCols)])]
      : []),
  ];
  return csv(rows);
}

export type MeasureCsvRow = {
  key: SuccessMeasureKey;
  unit: MeasureUnit;
  value: number | null;
  target: number;
  cap: number | null;
  status: MeasureStatus;
  windowFrom: string | null;
  windowTo: string | null;
};

/** The success measures as CSV: value and target in the measure's unit (shares and changes as percentages). */
export function measuresCsv(measures: MeasureCsvRow[], locale: Locale): string {
  const w = WORDS[locale];
  const inUnit = (unit: MeasureUnit, n: number | null) =>
    unit === 'SHARE' || unit === 'CHANGE' ? decimal(n === null ? null : n * 100, 1) : decimal(n, unit === 'COUNT' ? 0 : 2);
  return csv([
    [w.measuresTitle],
    [w.measure, w.unit, w.value, w.target, w.cap, w.status, w.window],
    ...measures.map((m) => [
      w.measures[m.key],
      w.units[m.unit],
      inUnit(m.unit, m.value),
      inUnit(m.unit, m.target),
      m.cap === null ? '' : String(m.cap),
      w.measureStatuses[m.status],
      m.windowFrom && m.windowTo ? `${m.windowFrom} – ${m.windowTo}` : '',
    ]),
  ]);
}
