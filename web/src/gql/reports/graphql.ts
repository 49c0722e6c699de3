/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a figure lies against its target band. SUPPRESSED: fewer than 5 people are behind it, so it is not shown; NO_DATA: nothing to divide by (no opening hours, no bookings). */
export type BandStatus =
  | 'ABOVE'
  | 'BELOW'
  | 'NO_DATA'
  | 'NO_TARGET'
  | 'SUPPRESSED'
  | 'WITHIN';

export type Locale =
  | 'en'
  | 'nl_BE';

export type MeasureStatus =
  | 'MET'
  | 'NOT_MET'
  | 'NO_DATA'
  | 'SUPPRESSED';

/** SHARE and CHANGE are fractions (0.1 = 10%) */
export type MeasureUnit =
  | 'CHANGE'
  | 'COUNT'
  | 'HOURS_PER_EMPLOYEE_WEEK'
  | 'HOURS_PER_WEEK'
  | 'SCORE'
  | 'SHARE';

/** A period (local dates, inclusive, at most 366 days) and a cut */
export type OccupancyReportInput = {
  /** Only bookings by people of this department (consultations never belong to one) */
  departmentId?: string | number | null | undefined;
  floorId?: string | number | null | undefined;
  from: string;
  /** Also give the figures per site, floor, zone, kind or department */
  groupBy?: ReportDimension | null | undefined;
  /** First local hour (0–23) */
  hourFrom?: number | null | undefined;
  /** Local hour the cut ends (1–24) */
  hourTo?: number | null | undefined;
  /** Default: desks */
  kinds?: Array<SpaceKind> | null | undefined;
  siteId?: string | number | null | undefined;
  to: string;
  /** ISO weekdays (1 = Monday); default: all */
  weekdays?: Array<number> | null | undefined;
  zoneId?: string | number | null | undefined;
};

/** Desks per screen worker, or per FTE of screen workers */
export type RatioBasis =
  | 'FTE'
  | 'SCREEN_WORKERS';

export type RemoveOccupancyTargetInput = {
  id: string | number;
};

/** What a breakdown of the report is per */
export type ReportDimension =
  | 'DEPARTMENT'
  | 'FLOOR'
  | 'KIND'
  | 'SITE'
  | 'ZONE';

/** Sets the targets for a site (or all sites) and optionally a department; replaces what was there */
export type SetOccupancyTargetInput = {
  /** Null: every department */
  departmentId?: string | number | null | undefined;
  noShowMax: number;
  occupancyMax: number;
  occupancyMin: number;
  peakMax: number;
  peakMin: number;
  ratioBasis?: RatioBasis | null | undefined;
  ratioMax?: number | null | undefined;
  ratioMaxDesks?: number | null | undefined;
  ratioMin?: number | null | undefined;
  /** Null: every site */
  siteId?: string | number | null | undefined;
};

/** Sets the target of one success measure */
export type SetSuccessMeasureTargetInput = {
  /** FLEX_DESKS only: at most this many desks are needed (a limited building) */
  cap?: number | null | undefined;
  measure: SuccessMeasureKey;
  /** Shares and changes as fractions (0.1 = 10%); a score 1–5; hours; a count */
  target: number;
};

export type SpaceKind =
  | 'CONSULTATION_ROOM'
  | 'DESK'
  | 'FRONT_DESK'
  | 'INFORMAL_AREA'
  | 'MEETING_ROOM'
  | 'PHONE_BOOTH'
  | 'QUIET_ROOM';

/** The success measures of seed 002 ("Succesmeting") */
export type SuccessMeasureKey =
  | 'ACTIVITY_SPACES'
  | 'CROSS_DEPARTMENT_MEETINGS'
  | 'EXTERNAL_SERVICES_ON_DESKS'
  | 'FLEX_DESKS'
  | 'PARTNER_HOURS'
  | 'PARTNER_ORGANISATIONS'
  | 'SATELLITE_CONTACT_TREND'
  | 'SATELLITE_SERVICE_POINTS'
  | 'WORKPLACE_SATISFACTION';

export type FigureFragment = { value: number | null, status: BandStatus, low: number | null, high: number | null };

export type ReportFiltersQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportFiltersQuery = { sites: Array<{ id: string, name: string, floors: Array<{ id: string, name: string, zones: Array<{ id: string, name: string }> }> }>, departments: Array<{ id: string, name: string }> };

export type OccupancyReportQueryVariables = Exact<{
  input: OccupancyReportInput;
}>;


export type OccupancyReportQuery = { occupancyReport: { from: string, to: string, openDays: number, suppressed: boolean, minimumGroupSize: number, desks: number, ratioBase: number | null, peakDay: string | null, availableHours: number | null, bookedHours: number | null, checkedInHours: number | null, bookings: number | null, released: number | null, groupBy: ReportDimension | null, target: { id: string | null, isDefault: boolean, siteName: string | null, departmentName: string | null, ratioBasis: RatioBasis, ratioMin: number | null, ratioMax: number | null, ratioMaxDesks: number | null }, deskRatio: { value: number | null, status: BandStatus, low: number | null, high: number | null }, bookedOccupancy: { value: number | null, status: BandStatus, low: number | null, high: number | null }, utilisation: { value: number | null, status: BandStatus, low: number | null, high: number | null }, peakOccupancy: { value: number | null, status: BandStatus, low: number | null, high: number | null }, p80DayOccupancy: { value: number | null, status: BandStatus, low: number | null, high: number | null }, averageDayPeak: { value: number | null, status: BandStatus, low: number | null, high: number | null }, noShowRate: { value: number | null, status: BandStatus, low: number | null, high: number | null }, heatmap: Array<{ weekday: number, hour: number, bookedOccupancy: { value: number | null, status: BandStatus, low: number | null, high: number | null }, utilisation: { value: number | null, status: BandStatus, low: number | null, high: number | null } }>, trend: Array<{ weekStart: string, bookedOccupancy: { value: number | null, status: BandStatus, low: number | null, high: number | null }, utilisation: { value: number | null, status: BandStatus, low: number | null, high: number | null }, peakOccupancy: { value: number | null, status: BandStatus, low: number | null, high: number | null }, noShowRate: { value: number | null, status: BandStatus, low: number | null, high: number | null } }>, groups: Array<{ key: string, label: string, kind: SpaceKind | null, bookedOccupancy: { value: number | null, status: BandStatus, low: number | null, high: number | null }, utilisation: { value: number | null, status: BandStatus, low: number | null, high: number | null }, peakOccupancy: { value: number | null, status: BandStatus, low: number | null, high: number | null }, p80DayOccupancy: { value: number | null, status: BandStatus, low: number | null, high: number | null }, noShowRate: { value: number | null, status: BandStatus, low: number | null, high: number | null } }> } };

export type OccupancyReportCsvQueryVariables = Exact<{
  input: OccupancyReportInput;
  locale?: Locale | null | undefined;
}>;


export type OccupancyReportCsvQuery = { occupancyReport: { csv: string } };

export type SuccessMeasuresQueryVariables = Exact<{ [key: string]: never; }>;


export type SuccessMeasuresQuery = { successMeasures: Array<{ key: SuccessMeasureKey, unit: MeasureUnit, value: number | null, target: number, cap: number | null, targetIsDefault: boolean, status: MeasureStatus, windowFrom: string | null, windowTo: string | null, names: Array<string>, details: Array<{ key: string, value: number }> }> };

export type SuccessMeasuresCsvQueryVariables = Exact<{
  locale?: Locale | null | undefined;
}>;


export type SuccessMeasuresCsvQuery = { successMeasuresCsv: string };

export type SetSuccessMeasureTargetMutationVariables = Exact<{
  input: SetSuccessMeasureTargetInput;
}>;


export type SetSuccessMeasureTargetMutation = { setSuccessMeasureTarget: { key: SuccessMeasureKey, target: number, cap: number | null, targetIsDefault: boolean, status: MeasureStatus, value: number | null } };

export type OccupancyTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type OccupancyTargetsQuery = { occupancyTargets: Array<{ id: string | null, siteId: string | null, siteName: string | null, departmentId: string | null, departmentName: string | null, ratioBasis: RatioBasis, ratioMin: number | null, ratioMax: number | null, ratioMaxDesks: number | null, occupancyMin: number, occupancyMax: number, peakMin: number, peakMax: number, noShowMax: number, isDefault: boolean, updatedAt: string | null }> };

export type SetOccupancyTargetMutationVariables = Exact<{
  input: SetOccupancyTargetInput;
}>;


export type SetOccupancyTargetMutation = { setOccupancyTarget: { id: string | null } };

export type RemoveOccupancyTargetMutationVariables = Exact<{
  input: RemoveOccupancyTargetInput;
}>;


export type RemoveOccupancyTargetMutation = { removeOccupancyTarget: { id: string | null } };

export const FigureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Figure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]} as unknown as DocumentNode<FigureFragment, unknown>;
export const ReportFiltersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"floors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"zones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportFiltersQuery, ReportFiltersQueryVariables>;
export const OccupancyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OccupancyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OccupancyReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupancyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"openDays"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"minimumGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"desks"}},{"kind":"Field","name":{"kind":"Name","value":"ratioBase"}},{"kind":"Field","name":{"kind":"Name","value":"peakDay"}},{"kind":"Field","name":{"kind":"Name","value":"availableHours"}},{"kind":"Field","name":{"kind":"Name","value":"bookedHours"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInHours"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"}},{"kind":"Field","name":{"kind":"Name","value":"released"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"siteName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"ratioBasis"}},{"kind":"Field","name":{"kind":"Name","value":"ratioMin"}},{"kind":"Field","name":{"kind":"Name","value":"ratioMax"}},{"kind":"Field","name":{"kind":"Name","value":"ratioMaxDesks"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deskRatio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookedOccupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"utilisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peakOccupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"p80DayOccupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageDayPeak"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noShowRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heatmap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"hour"}},{"kind":"Field","name":{"kind":"Name","value":"bookedOccupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"utilisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"bookedOccupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"utilisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peakOccupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noShowRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bookedOccupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"utilisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peakOccupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"p80DayOccupancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noShowRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Figure"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Figure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]} as unknown as DocumentNode<OccupancyReportQuery, OccupancyReportQueryVariables>;
export const OccupancyReportCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OccupancyReportCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OccupancyReportInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupancyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<OccupancyReportCsvQuery, OccupancyReportCsvQueryVariables>;
export const SuccessMeasuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuccessMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"successMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"targetIsDefault"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"windowFrom"}},{"kind":"Field","name":{"kind":"Name","value":"windowTo"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"names"}}]}}]}}]} as unknown as DocumentNode<SuccessMeasuresQuery, SuccessMeasuresQueryVariables>;
export const SuccessMeasuresCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuccessMeasuresCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"successMeasuresCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]} as unknown as DocumentNode<SuccessMeasuresCsvQuery, SuccessMeasuresCsvQueryVariables>;
export const SetSuccessMeasureTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSuccessMeasureTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSuccessMeasureTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSuccessMeasureTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"targetIsDefault"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<SetSuccessMeasureTargetMutation, SetSuccessMeasureTargetMutationVariables>;
export const OccupancyTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OccupancyTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupancyTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"siteName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"ratioBasis"}},{"kind":"Field","name":{"kind":"Name","value":"ratioMin"}},{"kind":"Field","name":{"kind":"Name","value":"ratioMax"}},{"kind":"Field","name":{"kind":"Name","value":"ratioMaxDesks"}},{"kind":"Field","name":{"kind":"Name","value":"occupancyMin"}},{"kind":"Field","name":{"kind":"Name","value":"occupancyMax"}},{"kind":"Field","name":{"kind":"Name","value":"peakMin"}},{"kind":"Field","name":{"kind":"Name","value":"peakMax"}},{"kind":"Field","name":{"kind":"Name","value":"noShowMax"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<OccupancyTargetsQuery, OccupancyTargetsQueryVariables>;
export const SetOccupancyTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOccupancyTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOccupancyTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOccupancyTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetOccupancyTargetMutation, SetOccupancyTargetMutationVariables>;
export const RemoveOccupancyTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveOccupancyTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveOccupancyTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOccupancyTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveOccupancyTargetMutation, RemoveOccupancyTargetMutationVariables>;