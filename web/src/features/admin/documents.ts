import { graphql } from '../../gql/admin';

export const IMPACT_FIELDS = graphql(`
  fragment ImpactFields on BookingImpact {
    count
    bookings {
      id
      startsAt
      endsAt
      reason
      space {
        id
        name
        floorName
        siteName
        timeZone
      }
      booker {
        id
        displayName
      }
    }
  }
`);

export const ADMIN_SITES = graphql(`
  query AdminSites {
    sites {
      id
      name
      address
      timeZone
      isSatellite
      active
      openingHours {
        weekday
        opensAt
        closesAt
      }
      floors {
        id
        name
        level
        planWidth
        planHeight
        plan {
          url
          contentType
          width
          height
        }
        zones {
          id
          name
          outline {
            x
            y
          }
        }
      }
    }
  }
`);

export const CREATE_SITE = graphql(`
  mutation AdminCreateSite($input: CreateSiteInput!) {
    createSite(input: $input) {
      id
    }
  }
`);

export const UPDATE_SITE = graphql(`
  mutation AdminUpdateSite($input: UpdateSiteInput!) {
    updateSite(input: $input) {
      id
    }
  }
`);

export const PREVIEW_UPDATE_SITE = graphql(`
  mutation AdminPreviewUpdateSite($input: UpdateSiteInput!) {
    previewUpdateSite(input: $input) {
      ...ImpactFields
    }
  }
`);

export const CLOSURES = graphql(`
  query AdminClosures($id: ID!, $year: Int!, $from: LocalDate!, $to: LocalDate!) {
    site(id: $id) {
      id
      publicHolidays(year: $year) {
        date
        name
        closureDayId
      }
      closureDays(from: $from, to: $to) {
        id
        date
        reason
        kind
      }
    }
  }
`);

export const ADD_CLOSURE = graphql(`
  mutation AdminAddClosure($input: AddClosureDayInput!) {
    addClosureDay(input: $input) {
      id
    }
  }
`);

export const PREVIEW_ADD_CLOSURE = graphql(`
  mutation AdminPreviewAddClosure($input: AddClosureDayInput!) {
    previewAddClosureDay(input: $input) {
      ...ImpactFields
    }
  }
`);

export const REMOVE_CLOSURE = graphql(`
  mutation AdminRemoveClosure($id: ID!) {
    removeClosureDay(input: { id: $id }) {
      id
    }
  }
`);

export const CREATE_FLOOR = graphql(`
  mutation AdminCreateFloor($input: CreateFloorInput!) {
    createFloor(input: $input) {
      id
    }
  }
`);

export const UPDATE_FLOOR = graphql(`
  mutation AdminUpdateFloor($input: UpdateFloorInput!) {
    updateFloor(input: $input) {
      id
    }
  }
`);

export const REMOVE_PLAN = graphql(`
  mutation AdminRemovePlan($floorId: ID!) {
    removeFloorPlan(input: { floorId: $floorId }) {
      id
    }
  }
`);

export const CREATE_ZONE = graphql(`
  mutation AdminCreateZone($input: CreateZoneInput!) {
    createZone(input: $input) {
      id
    }
  }
`);

export const UPDATE_ZONE = graphql(`
  mutation AdminUpdateZone($input: UpdateZoneInput!) {
    updateZone(input: $input) {
      id
    }
  }
`);

export const DELETE_ZONE = graphql(`
  mutation AdminDeleteZone($id: ID!) {
    deleteZone(input: { id: $id }) {
      id
    }
  }
`);

export const ADMIN_SPACES = graphql(`
  query AdminSpaces($filter: SpacesFilter) {
    spaces(filter: $filter) {
      id
      name
      kind
      capacity
      equipment
      confidential
      bookableByRoles
      partnerAccess
      requiresApproval
      active
      floor {
        id
        name
      }
      zone {
        id
        name
      }
      position {
        x
        y
        width
        height
        rotation
      }
      rules {
        ...RuleValues
      }
    }
  }
`);

export const RULE_VALUES = graphql(`
  fragment RuleValues on BookingRules {
    slotMinutes
    minDurationMinutes
    maxDurationMinutes
    maxDaysAhead
    minNoticeMinutes
    bufferMinutes
    maxBookingsPerDay
    checkInRequired
    checkInGraceMinutes
    checkInOpensMinutes
    releaseWarningMinutes
  }
`);

export const RULE_DEFAULTS = graphql(`
  query AdminRuleDefaults {
    bookingRuleDefaults {
      kind
      rules {
        ...RuleValues
      }
    }
  }
`);

export const SET_RULES = graphql(`
  mutation AdminSetRules($input: SetBookingRulesInput!) {
    setBookingRules(input: $input) {
      ...RuleValues
    }
  }
`);

export const CREATE_SPACE = graphql(`
  mutation AdminCreateSpace($input: CreateSpaceInput!) {
    createSpace(input: $input) {
      id
    }
  }
`);

export const UPDATE_SPACE = graphql(`
  mutation AdminUpdateSpace($input: UpdateSpaceInput!) {
    updateSpace(input: $input) {
      id
    }
  }
`);

export const PREVIEW_UPDATE_SPACE = graphql(`
  mutation AdminPreviewUpdateSpace($input: UpdateSpaceInput!) {
    previewUpdateSpace(input: $input) {
      ...ImpactFields
    }
  }
`);

export const UPDATE_SPACES = graphql(`
  mutation AdminUpdateSpaces($input: UpdateSpacesInput!) {
    updateSpaces(input: $input) {
      id
    }
  }
`);

export const PREVIEW_UPDATE_SPACES = graphql(`
  mutation AdminPreviewUpdateSpaces($input: UpdateSpacesInput!) {
    previewUpdateSpaces(input: $input) {
      ...ImpactFields
    }
  }
`);

export const PLACE_SPACES = graphql(`
  mutation AdminPlaceSpaces($input: PlaceSpacesInput!) {
    placeSpaces(input: $input) {
      id
    }
  }
`);

export const ADMIN_PEOPLE = graphql(`
  query AdminPeople($search: String, $includeInactive: Boolean) {
    users(search: $search, includeInactive: $includeInactive, first: 500) {
      id
      email
      displayName
      roles
      fte
      screenWorker
      countsInHeadcount
      locale
      active
      department {
        id
        name
      }
    }
    departments {
      id
      name
      headcount
      cluster {
        id
        name
      }
    }
    clusters {
      id
      name
    }
  }
`);

export const CREATE_USER = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);

export const UPDATE_USER = graphql(`
  mutation AdminUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
    }
  }
`);

export const PREVIEW_UPDATE_USER = graphql(`
  mutation AdminPreviewUpdateUser($input: UpdateUserInput!) {
    previewUpdateUser(input: $input) {
      ...ImpactFields
    }
  }
`);

export const IMPORT_USERS = graphql(`
  mutation AdminImportUsers($input: ImportUsersInput!) {
    importUsers(input: $input) {
      applied
      created
      updated
      unchanged
      invalid
      rows {
        line
        email
        displayName
        action
        changes
        errors {
          field
          reason
          message
        }
      }
    }
  }
`);

export const CREATE_CLUSTER = graphql(`
  mutation AdminCreateCluster($name: String!) {
    createCluster(input: { name: $name }) {
      id
    }
  }
`);

export const UPDATE_CLUSTER = graphql(`
  mutation AdminUpdateCluster($id: ID!, $name: String!) {
    updateCluster(input: { id: $id, name: $name }) {
      id
    }
  }
`);

export const DELETE_CLUSTER = graphql(`
  mutation AdminDeleteCluster($id: ID!) {
    deleteCluster(input: { id: $id }) {
      id
    }
  }
`);

export const CREATE_DEPARTMENT = graphql(`
  mutation AdminCreateDepartment($name: String!, $clusterId: ID!) {
    createDepartment(input: { name: $name, clusterId: $clusterId }) {
      id
    }
  }
`);

export const UPDATE_DEPARTMENT = graphql(`
  mutation AdminUpdateDepartment($input: UpdateDepartmentInput!) {
    updateDepartment(input: $input) {
      id
    }
  }
`);

export const DELETE_DEPARTMENT = graphql(`
  mutation AdminDeleteDepartment($id: ID!) {
    deleteDepartment(input: { id: $id }) {
      id
    }
  }
`);

export const ADMIN_CHANGES = graphql(`
  query AdminChanges($targetType: AdminTargetType, $after: ID) {
    adminChanges(targetType: $targetType, after: $after, first: 50) {
      id
      occurredAt
      action
      targetType
      targetLabel
      note
      actor {
        id
        displayName
      }
      changes {
        field
        before
        after
      }
    }
  }
`);
