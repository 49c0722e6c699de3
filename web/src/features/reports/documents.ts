import { graphql } from '../../gql/reports';

// shared by the report's figures; the generated documents include it where it is spread
graphql(`
  fragment Figure on ReportFigure {
    value
    status
    low
    high
  }
`);

export const REPORT_FILTERS = graphql(`
  query ReportFilters {
    sites {
      id
      name
      floors {
        id
        name
        zones {
          id
          name
        }
      }
    }
    departments {
      id
      name
    }
  }
`);

export const OCCUPANCY_REPORT = graphql(`
  query OccupancyReport($input: OccupancyReportInput!) {
    occupancyReport(input: $input) {
      from
      to
      openDays
      suppressed
      minimumGroupSize
      desks
      ratioBase
      peakDay
      availableHours
      bookedHours
      checkedInHours
      bookings
      released
      target {
        id
        isDefault
        siteName
        departmentName
        ratioBasis
        ratioMin
        ratioMax
        ratioMaxDesks
      }
      deskRatio {
        ...Figure
      }
      bookedOccupancy {
        ...Figure
      }
      utilisation {
        ...Figure
      }
      peakOccupancy {
        ...Figure
      }
      p80DayOccupancy {
        ...Figure
      }
      averageDayPeak {
        ...Figure
      }
      noShowRate {
        ...Figure
      }
      heatmap {
        weekday
        hour
        bookedOccupancy {
          ...Figure
        }
        utilisation {
          ...Figure
        }
      }
      trend {
        weekStart
        bookedOccupancy {
          ...Figure
        }
        utilisation {
          ...Figure
        }
        peakOccupancy {
          ...Figure
        }
        noShowRate {
          ...Figure
        }
      }
      groupBy
      groups {
        key
        label
        kind
        bookedOccupancy {
          ...Figure
        }
        utilisation {
          ...Figure
        }
        peakOccupancy {
          ...Figure
        }
        p80DayOccupancy {
          ...Figure
        }
        noShowRate {
          ...Figure
        }
      }
    }
  }
`);

export const OCCUPANCY_REPORT_CSV = graphql(`
  query OccupancyReportCsv($input: OccupancyReportInput!, $locale: Locale) {
    occupancyReport(input: $input) {
      csv(locale: $locale)
    }
  }
`);

export const SUCCESS_MEASURES = graphql(`
  query SuccessMeasures {
    successMeasures {
      key
      unit
      value
      target
      cap
      targetIsDefault
      status
      windowFrom
      windowTo
      details {
        key
        value
      }
      names
    }
  }
`);

export const SUCCESS_MEASURES_CSV = graphql(`
  query SuccessMeasuresCsv($locale: Locale) {
    successMeasuresCsv(locale: $locale)
  }
`);

export const SET_SUCCESS_MEASURE_TARGET = graphql(`
  mutation SetSuccessMeasureTarget($input: SetSuccessMeasureTargetInput!) {
    setSuccessMeasureTarget(input: $input) {
      key
      target
      cap
      targetIsDefault
      status
      value
    }
  }
`);

export const OCCUPANCY_TARGETS = graphql(`
  query OccupancyTargets {
    occupancyTargets {
      id
      siteId
      siteName
      departmentId
      departmentName
      ratioBasis
      ratioMin
      ratioMax
      ratioMaxDesks
      occupancyMin
      occupancyMax
      peakMin
      peakMax
      noShowMax
      isDefault
      updatedAt
    }
  }
`);

export const SET_OCCUPANCY_TARGET = graphql(`
  mutation SetOccupancyTarget($input: SetOccupancyTargetInput!) {
    setOccupancyTarget(input: $input) {
      id
    }
  }
`);

export const REMOVE_OCCUPANCY_TARGET = graphql(`
  mutation RemoveOccupancyTarget($input: RemoveOccupancyTargetInput!) {
    removeOccupancyTarget(input: $input) {
      id
    }
  }
`);
