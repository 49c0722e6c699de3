/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment Figure on ReportFigure {\n    value\n    status\n    low\n    high\n  }\n": typeof types.FigureFragmentDoc,
    "\n  query ReportFilters {\n    sites {\n      id\n      name\n      floors {\n        id\n        name\n        zones {\n          id\n          name\n        }\n      }\n    }\n    departments {\n      id\n      name\n    }\n  }\n": typeof types.ReportFiltersDocument,
    "\n  query OccupancyReport($input: OccupancyReportInput!) {\n    occupancyReport(input: $input) {\n      from\n      to\n      openDays\n      suppressed\n      minimumGroupSize\n      desks\n      ratioBase\n      peakDay\n      availableHours\n      bookedHours\n      checkedInHours\n      bookings\n      released\n      target {\n        id\n        isDefault\n        siteName\n        departmentName\n        ratioBasis\n        ratioMin\n        ratioMax\n        ratioMaxDesks\n      }\n      deskRatio {\n        ...Figure\n      }\n      bookedOccupancy {\n        ...Figure\n      }\n      utilisation {\n        ...Figure\n      }\n      peakOccupancy {\n        ...Figure\n      }\n      p80DayOccupancy {\n        ...Figure\n      }\n      averageDayPeak {\n        ...Figure\n      }\n      noShowRate {\n        ...Figure\n      }\n      heatmap {\n        weekday\n        hour\n        bookedOccupancy {\n          ...Figure\n        }\n        utilisation {\n          ...Figure\n        }\n      }\n      trend {\n        weekStart\n        bookedOccupancy {\n          ...Figure\n        }\n        utilisation {\n          ...Figure\n        }\n        peakOccupancy {\n          ...Figure\n        }\n        noShowRate {\n          ...Figure\n        }\n      }\n      groupBy\n      groups {\n        key\n        label\n        kind\n        bookedOccupancy {\n          ...Figure\n        }\n        utilisation {\n          ...Figure\n        }\n        peakOccupancy {\n          ...Figure\n        }\n        p80DayOccupancy {\n          ...Figure\n        }\n        noShowRate {\n          ...Figure\n        }\n      }\n    }\n  }\n": typeof types.OccupancyReportDocument,
    "\n  query OccupancyReportCsv($input: OccupancyReportInput!, $locale: Locale) {\n    occupancyReport(input: $input) {\n      csv(locale: $locale)\n    }\n  }\n": typeof types.OccupancyReportCsvDocument,
    "\n  query SuccessMeasures {\n    successMeasures {\n      key\n      unit\n      value\n      target\n      cap\n      targetIsDefault\n      status\n      windowFrom\n      windowTo\n      details {\n        key\n        value\n      }\n      names\n    }\n  }\n": typeof types.SuccessMeasuresDocument,
    "\n  query SuccessMeasuresCsv($locale: Locale) {\n    successMeasuresCsv(locale: $locale)\n  }\n": typeof types.SuccessMeasuresCsvDocument,
    "\n  mutation SetSuccessMeasureTarget($input: SetSuccessMeasureTargetInput!) {\n    setSuccessMeasureTarget(input: $input) {\n      key\n      target\n      cap\n      targetIsDefault\n      status\n      value\n    }\n  }\n": typeof types.SetSuccessMeasureTargetDocument,
    "\n  query OccupancyTargets {\n    occupancyTargets {\n      id\n      siteId\n      siteName\n      departmentId\n      departmentName\n      ratioBasis\n      ratioMin\n      ratioMax\n      ratioMaxDesks\n      occupancyMin\n      occupancyMax\n      peakMin\n      peakMax\n      noShowMax\n      isDefault\n      updatedAt\n    }\n  }\n": typeof types.OccupancyTargetsDocument,
    "\n  mutation SetOccupancyTarget($input: SetOccupancyTargetInput!) {\n    setOccupancyTarget(input: $input) {\n      id\n    }\n  }\n": typeof types.SetOccupancyTargetDocument,
    "\n  mutation RemoveOccupancyTarget($input: RemoveOccupancyTargetInput!) {\n    removeOccupancyTarget(input: $input) {\n      id\n    }\n  }\n": typeof types.RemoveOccupancyTargetDocument,
};
const documents: Documents = {
    "\n  fragment Figure on ReportFigure {\n    value\n    status\n    low\n    high\n  }\n": types.FigureFragmentDoc,
    "\n  query ReportFilters {\n    sites {\n      id\n      name\n      floors {\n        id\n        name\n        zones {\n          id\n          name\n        }\n      }\n    }\n    departments {\n      id\n      name\n    }\n  }\n": types.ReportFiltersDocument,
    "\n  query OccupancyReport($input: OccupancyReportInput!) {\n    occupancyReport(input: $input) {\n      from\n      to\n      openDays\n      suppressed\n      minimumGroupSize\n      desks\n      ratioBase\n      peakDay\n      availableHours\n      bookedHours\n      checkedInHours\n      bookings\n      released\n      target {\n        id\n        isDefault\n        siteName\n        departmentName\n        ratioBasis\n        ratioMin\n        ratioMax\n        ratioMaxDesks\n      }\n      deskRatio {\n        ...Figure\n      }\n      bookedOccupancy {\n        ...Figure\n      }\n      utilisation {\n        ...Figure\n      }\n      peakOccupancy {\n        ...Figure\n      }\n      p80DayOccupancy {\n        ...Figure\n      }\n      averageDayPeak {\n        ...Figure\n      }\n      noShowRate {\n        ...Figure\n      }\n      heatmap {\n        weekday\n        hour\n        bookedOccupancy {\n          ...Figure\n        }\n        utilisation {\n          ...Figure\n        }\n      }\n      trend {\n        weekStart\n        bookedOccupancy {\n          ...Figure\n        }\n        utilisation {\n          ...Figure\n        }\n        peakOccupancy {\n          ...Figure\n        }\n        noShowRate {\n          ...Figure\n        }\n      }\n      groupBy\n      groups {\n        key\n        label\n        kind\n        bookedOccupancy {\n          ...Figure\n        }\n        utilisation {\n          ...Figure\n        }\n        peakOccupancy {\n          ...Figure\n        }\n        p80DayOccupancy {\n          ...Figure\n        }\n        noShowRate {\n          ...Figure\n        }\n      }\n    }\n  }\n": types.OccupancyReportDocument,
    "\n  query OccupancyReportCsv($input: OccupancyReportInput!, $locale: Locale) {\n    occupancyReport(input: $input) {\n      csv(locale: $locale)\n    }\n  }\n": types.OccupancyReportCsvDocument,
    "\n  query SuccessMeasures {\n    successMeasures {\n      key\n      unit\n      value\n      target\n      cap\n      targetIsDefault\n      status\n      windowFrom\n      windowTo\n      details {\n        key\n        value\n      }\n      names\n    }\n  }\n": types.SuccessMeasuresDocument,
    "\n  query SuccessMeasuresCsv($locale: Locale) {\n    successMeasuresCsv(locale: $locale)\n  }\n": types.SuccessMeasuresCsvDocument,
    "\n  mutation SetSuccessMeasureTarget($input: SetSuccessMeasureTargetInput!) {\n    setSuccessMeasureTarget(input: $input) {\n      key\n      target\n      cap\n      targetIsDefault\n      status\n      value\n    }\n  }\n": types.SetSuccessMeasureTargetDocument,
    "\n  query OccupancyTargets {\n    occupancyTargets {\n      id\n      siteId\n      siteName\n      departmentId\n      departmentName\n      ratioBasis\n      ratioMin\n      ratioMax\n      ratioMaxDesks\n      occupancyMin\n      occupancyMax\n      peakMin\n      peakMax\n      noShowMax\n      isDefault\n      updatedAt\n    }\n  }\n": types.OccupancyTargetsDocument,
    "\n  mutation SetOccupancyTarget($input: SetOccupancyTargetInput!) {\n    setOccupancyTarget(input: $input) {\n      id\n    }\n  }\n": types.SetOccupancyTargetDocument,
    "\n  mutation RemoveOccupancyTarget($input: RemoveOccupancyTargetInput!) {\n    removeOccupancyTarget(input: $input) {\n      id\n    }\n  }\n": types.RemoveOccupancyTargetDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Figure on ReportFigure {\n    value\n    status\n    low\n    high\n  }\n"): (typeof documents)["\n  fragment Figure on ReportFigure {\n    value\n    status\n    low\n    high\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportFilters {\n    sites {\n      id\n      name\n      floors {\n        id\n        name\n        zones {\n          id\n          name\n        }\n      }\n    }\n    departments {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ReportFilters {\n    sites {\n      id\n      name\n      floors {\n        id\n        name\n        zones {\n          id\n          name\n        }\n      }\n    }\n    departments {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OccupancyReport($input: OccupancyReportInput!) {\n    occupancyReport(input: $input) {\n      from\n      to\n      openDays\n      suppressed\n      minimumGroupSize\n      desks\n      ratioBase\n      peakDay\n      availableHours\n      bookedHours\n      checkedInHours\n      bookings\n      released\n      target {\n        id\n        isDefault\n        siteName\n        departmentName\n        ratioBasis\n        ratioMin\n        ratioMax\n        ratioMaxDesks\n      }\n      deskRatio {\n        ...Figure\n      }\n      bookedOccupancy {\n        ...Figure\n      }\n      utilisation {\n        ...Figure\n      }\n      peakOccupancy {\n        ...Figure\n      }\n      p80DayOccupancy {\n        ...Figure\n      }\n      averageDayPeak {\n        ...Figure\n      }\n      noShowRate {\n        ...Figure\n      }\n      heatmap {\n        weekday\n        hour\n        bookedOccupancy {\n          ...Figure\n        }\n        utilisation {\n          ...Figure\n        }\n      }\n      trend {\n        weekStart\n        bookedOccupancy {\n          ...Figure\n        }\n        utilisation {\n          ...Figure\n        }\n        peakOccupancy {\n          ...Figure\n        }\n        noShowRate {\n          ...Figure\n        }\n      }\n      groupBy\n      groups {\n        key\n        label\n        kind\n        bookedOccupancy {\n          ...Figure\n        }\n        utilisation {\n          ...Figure\n        }\n        peakOccupancy {\n          ...Figure\n        }\n        p80DayOccupancy {\n          ...Figure\n        }\n        noShowRate {\n          ...Figure\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OccupancyReport($input: OccupancyReportInput!) {\n    occupancyReport(input: $input) {\n      from\n      to\n      openDays\n      suppressed\n      minimumGroupSize\n      desks\n      ratioBase\n      peakDay\n      availableHours\n      bookedHours\n      checkedInHours\n      bookings\n      released\n      target {\n        id\n        isDefault\n        siteName\n        departmentName\n        ratioBasis\n        ratioMin\n        ratioMax\n        ratioMaxDesks\n      }\n      deskRatio {\n        ...Figure\n      }\n      bookedOccupancy {\n        ...Figure\n      }\n      utilisation {\n        ...Figure\n      }\n      peakOccupancy {\n        ...Figure\n      }\n      p80DayOccupancy {\n        ...Figure\n      }\n      averageDayPeak {\n        ...Figure\n      }\n      noShowRate {\n        ...Figure\n      }\n      heatmap {\n        weekday\n        hour\n        bookedOccupancy {\n          ...Figure\n        }\n        utilisation {\n          ...Figure\n        }\n      }\n      trend {\n        weekStart\n        bookedOccupancy {\n          ...Figure\n        }\n        utilisation {\n          ...Figure\n        }\n        peakOccupancy {\n          ...Figure\n        }\n        noShowRate {\n          ...Figure\n        }\n      }\n      groupBy\n      groups {\n        key\n        label\n        kind\n        bookedOccupancy {\n          ...Figure\n        }\n        utilisation {\n          ...Figure\n        }\n        peakOccupancy {\n          ...Figure\n        }\n        p80DayOccupancy {\n          ...Figure\n        }\n        noShowRate {\n          ...Figure\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OccupancyReportCsv($input: OccupancyReportInput!, $locale: Locale) {\n    occupancyReport(input: $input) {\n      csv(locale: $locale)\n    }\n  }\n"): (typeof documents)["\n  query OccupancyReportCsv($input: OccupancyReportInput!, $locale: Locale) {\n    occupancyReport(input: $input) {\n      csv(locale: $locale)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuccessMeasures {\n    successMeasures {\n      key\n      unit\n      value\n      target\n      cap\n      targetIsDefault\n      status\n      windowFrom\n      windowTo\n      details {\n        key\n        value\n      }\n      names\n    }\n  }\n"): (typeof documents)["\n  query SuccessMeasures {\n    successMeasures {\n      key\n      unit\n      value\n      target\n      cap\n      targetIsDefault\n      status\n      windowFrom\n      windowTo\n      details {\n        key\n        value\n      }\n      names\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuccessMeasuresCsv($locale: Locale) {\n    successMeasuresCsv(locale: $locale)\n  }\n"): (typeof documents)["\n  query SuccessMeasuresCsv($locale: Locale) {\n    successMeasuresCsv(locale: $locale)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSuccessMeasureTarget($input: SetSuccessMeasureTargetInput!) {\n    setSuccessMeasureTarget(input: $input) {\n      key\n      target\n      cap\n      targetIsDefault\n      status\n      value\n    }\n  }\n"): (typeof documents)["\n  mutation SetSuccessMeasureTarget($input: SetSuccessMeasureTargetInput!) {\n    setSuccessMeasureTarget(input: $input) {\n      key\n      target\n      cap\n      targetIsDefault\n      status\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OccupancyTargets {\n    occupancyTargets {\n      id\n      siteId\n      siteName\n      departmentId\n      departmentName\n      ratioBasis\n      ratioMin\n      ratioMax\n      ratioMaxDesks\n      occupancyMin\n      occupancyMax\n      peakMin\n      peakMax\n      noShowMax\n      isDefault\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query OccupancyTargets {\n    occupancyTargets {\n      id\n      siteId\n      siteName\n      departmentId\n      departmentName\n      ratioBasis\n      ratioMin\n      ratioMax\n      ratioMaxDesks\n      occupancyMin\n      occupancyMax\n      peakMin\n      peakMax\n      noShowMax\n      isDefault\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOccupancyTarget($input: SetOccupancyTargetInput!) {\n    setOccupancyTarget(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetOccupancyTarget($input: SetOccupancyTargetInput!) {\n    setOccupancyTarget(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOccupancyTarget($input: RemoveOccupancyTargetInput!) {\n    removeOccupancyTarget(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveOccupancyTarget($input: RemoveOccupancyTargetInput!) {\n    removeOccupancyTarget(input: $input) {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;