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
    "\n  fragment ImpactFields on BookingImpact {\n    count\n    bookings {\n      id\n      startsAt\n      endsAt\n      reason\n      space {\n        id\n        name\n        floorName\n        siteName\n        timeZone\n      }\n      booker {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ImpactFieldsFragmentDoc,
    "\n  query AdminSites {\n    sites {\n      id\n      name\n      address\n      timeZone\n      isSatellite\n      active\n      openingHours {\n        weekday\n        opensAt\n        closesAt\n      }\n      floors {\n        id\n        name\n        level\n        planWidth\n        planHeight\n        plan {\n          url\n          contentType\n          width\n          height\n        }\n        zones {\n          id\n          name\n          outline {\n            x\n            y\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminSitesDocument,
    "\n  mutation AdminCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateSiteDocument,
    "\n  mutation AdminUpdateSite($input: UpdateSiteInput!) {\n    updateSite(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminUpdateSiteDocument,
    "\n  mutation AdminPreviewUpdateSite($input: UpdateSiteInput!) {\n    previewUpdateSite(input: $input) {\n      ...ImpactFields\n    }\n  }\n": typeof types.AdminPreviewUpdateSiteDocument,
    "\n  query AdminClosures($id: ID!, $year: Int!, $from: LocalDate!, $to: LocalDate!) {\n    site(id: $id) {\n      id\n      publicHolidays(year: $year) {\n        date\n        name\n        closureDayId\n      }\n      closureDays(from: $from, to: $to) {\n        id\n        date\n        reason\n        kind\n      }\n    }\n  }\n": typeof types.AdminClosuresDocument,
    "\n  mutation AdminAddClosure($input: AddClosureDayInput!) {\n    addClosureDay(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminAddClosureDocument,
    "\n  mutation AdminPreviewAddClosure($input: AddClosureDayInput!) {\n    previewAddClosureDay(input: $input) {\n      ...ImpactFields\n    }\n  }\n": typeof types.AdminPreviewAddClosureDocument,
    "\n  mutation AdminRemoveClosure($id: ID!) {\n    removeClosureDay(input: { id: $id }) {\n      id\n    }\n  }\n": typeof types.AdminRemoveClosureDocument,
    "\n  mutation AdminCreateFloor($input: CreateFloorInput!) {\n    createFloor(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateFloorDocument,
    "\n  mutation AdminUpdateFloor($input: UpdateFloorInput!) {\n    updateFloor(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminUpdateFloorDocument,
    "\n  mutation AdminRemovePlan($floorId: ID!) {\n    removeFloorPlan(input: { floorId: $floorId }) {\n      id\n    }\n  }\n": typeof types.AdminRemovePlanDocument,
    "\n  mutation AdminCreateZone($input: CreateZoneInput!) {\n    createZone(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateZoneDocument,
    "\n  mutation AdminUpdateZone($input: UpdateZoneInput!) {\n    updateZone(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminUpdateZoneDocument,
    "\n  mutation AdminDeleteZone($id: ID!) {\n    deleteZone(input: { id: $id }) {\n      id\n    }\n  }\n": typeof types.AdminDeleteZoneDocument,
    "\n  query AdminSpaces($filter: SpacesFilter) {\n    spaces(filter: $filter) {\n      id\n      name\n      kind\n      capacity\n      equipment\n      confidential\n      bookableByRoles\n      partnerAccess\n      requiresApproval\n      active\n      floor {\n        id\n        name\n      }\n      zone {\n        id\n        name\n      }\n      position {\n        x\n        y\n        width\n        height\n        rotation\n      }\n      rules {\n        ...RuleValues\n      }\n    }\n  }\n": typeof types.AdminSpacesDocument,
    "\n  fragment RuleValues on BookingRules {\n    slotMinutes\n    minDurationMinutes\n    maxDurationMinutes\n    maxDaysAhead\n    minNoticeMinutes\n    bufferMinutes\n    maxBookingsPerDay\n    checkInRequired\n    checkInGraceMinutes\n    checkInOpensMinutes\n    releaseWarningMinutes\n  }\n": typeof types.RuleValuesFragmentDoc,
    "\n  query AdminRuleDefaults {\n    bookingRuleDefaults {\n      kind\n      rules {\n        ...RuleValues\n      }\n    }\n  }\n": typeof types.AdminRuleDefaultsDocument,
    "\n  mutation AdminSetRules($input: SetBookingRulesInput!) {\n    setBookingRules(input: $input) {\n      ...RuleValues\n    }\n  }\n": typeof types.AdminSetRulesDocument,
    "\n  mutation AdminCreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateSpaceDocument,
    "\n  mutation AdminUpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminUpdateSpaceDocument,
    "\n  mutation AdminPreviewUpdateSpace($input: UpdateSpaceInput!) {\n    previewUpdateSpace(input: $input) {\n      ...ImpactFields\n    }\n  }\n": typeof types.AdminPreviewUpdateSpaceDocument,
    "\n  mutation AdminUpdateSpaces($input: UpdateSpacesInput!) {\n    updateSpaces(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminUpdateSpacesDocument,
    "\n  mutation AdminPreviewUpdateSpaces($input: UpdateSpacesInput!) {\n    previewUpdateSpaces(input: $input) {\n      ...ImpactFields\n    }\n  }\n": typeof types.AdminPreviewUpdateSpacesDocument,
    "\n  mutation AdminPlaceSpaces($input: PlaceSpacesInput!) {\n    placeSpaces(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminPlaceSpacesDocument,
    "\n  query AdminPeople($search: String, $includeInactive: Boolean) {\n    users(search: $search, includeInactive: $includeInactive, first: 500) {\n      id\n      email\n      displayName\n      roles\n      fte\n      screenWorker\n      countsInHeadcount\n      locale\n      active\n      department {\n        id\n        name\n      }\n    }\n    departments {\n      id\n      name\n      headcount\n      cluster {\n        id\n        name\n      }\n    }\n    clusters {\n      id\n      name\n    }\n  }\n": typeof types.AdminPeopleDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminUpdateUserDocument,
    "\n  mutation AdminPreviewUpdateUser($input: UpdateUserInput!) {\n    previewUpdateUser(input: $input) {\n      ...ImpactFields\n    }\n  }\n": typeof types.AdminPreviewUpdateUserDocument,
    "\n  mutation AdminImportUsers($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      applied\n      created\n      updated\n      unchanged\n      invalid\n      rows {\n        line\n        email\n        displayName\n        action\n        changes\n        errors {\n          field\n          reason\n          message\n        }\n      }\n    }\n  }\n": typeof types.AdminImportUsersDocument,
    "\n  mutation AdminCreateCluster($name: String!) {\n    createCluster(input: { name: $name }) {\n      id\n    }\n  }\n": typeof types.AdminCreateClusterDocument,
    "\n  mutation AdminUpdateCluster($id: ID!, $name: String!) {\n    updateCluster(input: { id: $id, name: $name }) {\n      id\n    }\n  }\n": typeof types.AdminUpdateClusterDocument,
    "\n  mutation AdminDeleteCluster($id: ID!) {\n    deleteCluster(input: { id: $id }) {\n      id\n    }\n  }\n": typeof types.AdminDeleteClusterDocument,
    "\n  mutation AdminCreateDepartment($name: String!, $clusterId: ID!) {\n    createDepartment(input: { name: $name, clusterId: $clusterId }) {\n      id\n    }\n  }\n": typeof types.AdminCreateDepartmentDocument,
    "\n  mutation AdminUpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      id\n    }\n  }\n": typeof types.AdminUpdateDepartmentDocument,
    "\n  mutation AdminDeleteDepartment($id: ID!) {\n    deleteDepartment(input: { id: $id }) {\n      id\n    }\n  }\n": typeof types.AdminDeleteDepartmentDocument,
    "\n  query AdminChanges($targetType: AdminTargetType, $after: ID) {\n    adminChanges(targetType: $targetType, after: $after, first: 50) {\n      id\n      occurredAt\n      action\n      targetType\n      targetLabel\n      note\n      actor {\n        id\n        displayName\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": typeof types.AdminChangesDocument,
};
const documents: Documents = {
    "\n  fragment ImpactFields on BookingImpact {\n    count\n    bookings {\n      id\n      startsAt\n      endsAt\n      reason\n      space {\n        id\n        name\n        floorName\n        siteName\n        timeZone\n      }\n      booker {\n        id\n        displayName\n      }\n    }\n  }\n": types.ImpactFieldsFragmentDoc,
    "\n  query AdminSites {\n    sites {\n      id\n      name\n      address\n      timeZone\n      isSatellite\n      active\n      openingHours {\n        weekday\n        opensAt\n        closesAt\n      }\n      floors {\n        id\n        name\n        level\n        planWidth\n        planHeight\n        plan {\n          url\n          contentType\n          width\n          height\n        }\n        zones {\n          id\n          name\n          outline {\n            x\n            y\n          }\n        }\n      }\n    }\n  }\n": types.AdminSitesDocument,
    "\n  mutation AdminCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateSiteDocument,
    "\n  mutation AdminUpdateSite($input: UpdateSiteInput!) {\n    updateSite(input: $input) {\n      id\n    }\n  }\n": types.AdminUpdateSiteDocument,
    "\n  mutation AdminPreviewUpdateSite($input: UpdateSiteInput!) {\n    previewUpdateSite(input: $input) {\n      ...ImpactFields\n    }\n  }\n": types.AdminPreviewUpdateSiteDocument,
    "\n  query AdminClosures($id: ID!, $year: Int!, $from: LocalDate!, $to: LocalDate!) {\n    site(id: $id) {\n      id\n      publicHolidays(year: $year) {\n        date\n        name\n        closureDayId\n      }\n      closureDays(from: $from, to: $to) {\n        id\n        date\n        reason\n        kind\n      }\n    }\n  }\n": types.AdminClosuresDocument,
    "\n  mutation AdminAddClosure($input: AddClosureDayInput!) {\n    addClosureDay(input: $input) {\n      id\n    }\n  }\n": types.AdminAddClosureDocument,
    "\n  mutation AdminPreviewAddClosure($input: AddClosureDayInput!) {\n    previewAddClosureDay(input: $input) {\n      ...ImpactFields\n    }\n  }\n": types.AdminPreviewAddClosureDocument,
    "\n  mutation AdminRemoveClosure($id: ID!) {\n    removeClosureDay(input: { id: $id }) {\n      id\n    }\n  }\n": types.AdminRemoveClosureDocument,
    "\n  mutation AdminCreateFloor($input: CreateFloorInput!) {\n    createFloor(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateFloorDocument,
    "\n  mutation AdminUpdateFloor($input: UpdateFloorInput!) {\n    updateFloor(input: $input) {\n      id\n    }\n  }\n": types.AdminUpdateFloorDocument,
    "\n  mutation AdminRemovePlan($floorId: ID!) {\n    removeFloorPlan(input: { floorId: $floorId }) {\n      id\n    }\n  }\n": types.AdminRemovePlanDocument,
    "\n  mutation AdminCreateZone($input: CreateZoneInput!) {\n    createZone(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateZoneDocument,
    "\n  mutation AdminUpdateZone($input: UpdateZoneInput!) {\n    updateZone(input: $input) {\n      id\n    }\n  }\n": types.AdminUpdateZoneDocument,
    "\n  mutation AdminDeleteZone($id: ID!) {\n    deleteZone(input: { id: $id }) {\n      id\n    }\n  }\n": types.AdminDeleteZoneDocument,
    "\n  query AdminSpaces($filter: SpacesFilter) {\n    spaces(filter: $filter) {\n      id\n      name\n      kind\n      capacity\n      equipment\n      confidential\n      bookableByRoles\n      partnerAccess\n      requiresApproval\n      active\n      floor {\n        id\n        name\n      }\n      zone {\n        id\n        name\n      }\n      position {\n        x\n        y\n        width\n        height\n        rotation\n      }\n      rules {\n        ...RuleValues\n      }\n    }\n  }\n": types.AdminSpacesDocument,
    "\n  fragment RuleValues on BookingRules {\n    slotMinutes\n    minDurationMinutes\n    maxDurationMinutes\n    maxDaysAhead\n    minNoticeMinutes\n    bufferMinutes\n    maxBookingsPerDay\n    checkInRequired\n    checkInGraceMinutes\n    checkInOpensMinutes\n    releaseWarningMinutes\n  }\n": types.RuleValuesFragmentDoc,
    "\n  query AdminRuleDefaults {\n    bookingRuleDefaults {\n      kind\n      rules {\n        ...RuleValues\n      }\n    }\n  }\n": types.AdminRuleDefaultsDocument,
    "\n  mutation AdminSetRules($input: SetBookingRulesInput!) {\n    setBookingRules(input: $input) {\n      ...RuleValues\n    }\n  }\n": types.AdminSetRulesDocument,
    "\n  mutation AdminCreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateSpaceDocument,
    "\n  mutation AdminUpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      id\n    }\n  }\n": types.AdminUpdateSpaceDocument,
    "\n  mutation AdminPreviewUpdateSpace($input: UpdateSpaceInput!) {\n    previewUpdateSpace(input: $input) {\n      ...ImpactFields\n    }\n  }\n": types.AdminPreviewUpdateSpaceDocument,
    "\n  mutation AdminUpdateSpaces($input: UpdateSpacesInput!) {\n    updateSpaces(input: $input) {\n      id\n    }\n  }\n": types.AdminUpdateSpacesDocument,
    "\n  mutation AdminPreviewUpdateSpaces($input: UpdateSpacesInput!) {\n    previewUpdateSpaces(input: $input) {\n      ...ImpactFields\n    }\n  }\n": types.AdminPreviewUpdateSpacesDocument,
    "\n  mutation AdminPlaceSpaces($input: PlaceSpacesInput!) {\n    placeSpaces(input: $input) {\n      id\n    }\n  }\n": types.AdminPlaceSpacesDocument,
    "\n  query AdminPeople($search: String, $includeInactive: Boolean) {\n    users(search: $search, includeInactive: $includeInactive, first: 500) {\n      id\n      email\n      displayName\n      roles\n      fte\n      screenWorker\n      countsInHeadcount\n      locale\n      active\n      department {\n        id\n        name\n      }\n    }\n    departments {\n      id\n      name\n      headcount\n      cluster {\n        id\n        name\n      }\n    }\n    clusters {\n      id\n      name\n    }\n  }\n": types.AdminPeopleDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n    }\n  }\n": types.AdminUpdateUserDocument,
    "\n  mutation AdminPreviewUpdateUser($input: UpdateUserInput!) {\n    previewUpdateUser(input: $input) {\n      ...ImpactFields\n    }\n  }\n": types.AdminPreviewUpdateUserDocument,
    "\n  mutation AdminImportUsers($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      applied\n      created\n      updated\n      unchanged\n      invalid\n      rows {\n        line\n        email\n        displayName\n        action\n        changes\n        errors {\n          field\n          reason\n          message\n        }\n      }\n    }\n  }\n": types.AdminImportUsersDocument,
    "\n  mutation AdminCreateCluster($name: String!) {\n    createCluster(input: { name: $name }) {\n      id\n    }\n  }\n": types.AdminCreateClusterDocument,
    "\n  mutation AdminUpdateCluster($id: ID!, $name: String!) {\n    updateCluster(input: { id: $id, name: $name }) {\n      id\n    }\n  }\n": types.AdminUpdateClusterDocument,
    "\n  mutation AdminDeleteCluster($id: ID!) {\n    deleteCluster(input: { id: $id }) {\n      id\n    }\n  }\n": types.AdminDeleteClusterDocument,
    "\n  mutation AdminCreateDepartment($name: String!, $clusterId: ID!) {\n    createDepartment(input: { name: $name, clusterId: $clusterId }) {\n      id\n    }\n  }\n": types.AdminCreateDepartmentDocument,
    "\n  mutation AdminUpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      id\n    }\n  }\n": types.AdminUpdateDepartmentDocument,
    "\n  mutation AdminDeleteDepartment($id: ID!) {\n    deleteDepartment(input: { id: $id }) {\n      id\n    }\n  }\n": types.AdminDeleteDepartmentDocument,
    "\n  query AdminChanges($targetType: AdminTargetType, $after: ID) {\n    adminChanges(targetType: $targetType, after: $after, first: 50) {\n      id\n      occurredAt\n      action\n      targetType\n      targetLabel\n      note\n      actor {\n        id\n        displayName\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": types.AdminChangesDocument,
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
export function graphql(source: "\n  fragment ImpactFields on BookingImpact {\n    count\n    bookings {\n      id\n      startsAt\n      endsAt\n      reason\n      space {\n        id\n        name\n        floorName\n        siteName\n        timeZone\n      }\n      booker {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ImpactFields on BookingImpact {\n    count\n    bookings {\n      id\n      startsAt\n      endsAt\n      reason\n      space {\n        id\n        name\n        floorName\n        siteName\n        timeZone\n      }\n      booker {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSites {\n    sites {\n      id\n      name\n      address\n      timeZone\n      isSatellite\n      active\n      openingHours {\n        weekday\n        opensAt\n        closesAt\n      }\n      floors {\n        id\n        name\n        level\n        planWidth\n        planHeight\n        plan {\n          url\n          contentType\n          width\n          height\n        }\n        zones {\n          id\n          name\n          outline {\n            x\n            y\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSites {\n    sites {\n      id\n      name\n      address\n      timeZone\n      isSatellite\n      active\n      openingHours {\n        weekday\n        opensAt\n        closesAt\n      }\n      floors {\n        id\n        name\n        level\n        planWidth\n        planHeight\n        plan {\n          url\n          contentType\n          width\n          height\n        }\n        zones {\n          id\n          name\n          outline {\n            x\n            y\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateSite($input: UpdateSiteInput!) {\n    updateSite(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateSite($input: UpdateSiteInput!) {\n    updateSite(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminPreviewUpdateSite($input: UpdateSiteInput!) {\n    previewUpdateSite(input: $input) {\n      ...ImpactFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminPreviewUpdateSite($input: UpdateSiteInput!) {\n    previewUpdateSite(input: $input) {\n      ...ImpactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminClosures($id: ID!, $year: Int!, $from: LocalDate!, $to: LocalDate!) {\n    site(id: $id) {\n      id\n      publicHolidays(year: $year) {\n        date\n        name\n        closureDayId\n      }\n      closureDays(from: $from, to: $to) {\n        id\n        date\n        reason\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminClosures($id: ID!, $year: Int!, $from: LocalDate!, $to: LocalDate!) {\n    site(id: $id) {\n      id\n      publicHolidays(year: $year) {\n        date\n        name\n        closureDayId\n      }\n      closureDays(from: $from, to: $to) {\n        id\n        date\n        reason\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddClosure($input: AddClosureDayInput!) {\n    addClosureDay(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAddClosure($input: AddClosureDayInput!) {\n    addClosureDay(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminPreviewAddClosure($input: AddClosureDayInput!) {\n    previewAddClosureDay(input: $input) {\n      ...ImpactFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminPreviewAddClosure($input: AddClosureDayInput!) {\n    previewAddClosureDay(input: $input) {\n      ...ImpactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveClosure($id: ID!) {\n    removeClosureDay(input: { id: $id }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRemoveClosure($id: ID!) {\n    removeClosureDay(input: { id: $id }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateFloor($input: CreateFloorInput!) {\n    createFloor(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateFloor($input: CreateFloorInput!) {\n    createFloor(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateFloor($input: UpdateFloorInput!) {\n    updateFloor(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateFloor($input: UpdateFloorInput!) {\n    updateFloor(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemovePlan($floorId: ID!) {\n    removeFloorPlan(input: { floorId: $floorId }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRemovePlan($floorId: ID!) {\n    removeFloorPlan(input: { floorId: $floorId }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateZone($input: CreateZoneInput!) {\n    createZone(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateZone($input: CreateZoneInput!) {\n    createZone(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateZone($input: UpdateZoneInput!) {\n    updateZone(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateZone($input: UpdateZoneInput!) {\n    updateZone(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteZone($id: ID!) {\n    deleteZone(input: { id: $id }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeleteZone($id: ID!) {\n    deleteZone(input: { id: $id }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSpaces($filter: SpacesFilter) {\n    spaces(filter: $filter) {\n      id\n      name\n      kind\n      capacity\n      equipment\n      confidential\n      bookableByRoles\n      partnerAccess\n      requiresApproval\n      active\n      floor {\n        id\n        name\n      }\n      zone {\n        id\n        name\n      }\n      position {\n        x\n        y\n        width\n        height\n        rotation\n      }\n      rules {\n        ...RuleValues\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSpaces($filter: SpacesFilter) {\n    spaces(filter: $filter) {\n      id\n      name\n      kind\n      capacity\n      equipment\n      confidential\n      bookableByRoles\n      partnerAccess\n      requiresApproval\n      active\n      floor {\n        id\n        name\n      }\n      zone {\n        id\n        name\n      }\n      position {\n        x\n        y\n        width\n        height\n        rotation\n      }\n      rules {\n        ...RuleValues\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RuleValues on BookingRules {\n    slotMinutes\n    minDurationMinutes\n    maxDurationMinutes\n    maxDaysAhead\n    minNoticeMinutes\n    bufferMinutes\n    maxBookingsPerDay\n    checkInRequired\n    checkInGraceMinutes\n    checkInOpensMinutes\n    releaseWarningMinutes\n  }\n"): (typeof documents)["\n  fragment RuleValues on BookingRules {\n    slotMinutes\n    minDurationMinutes\n    maxDurationMinutes\n    maxDaysAhead\n    minNoticeMinutes\n    bufferMinutes\n    maxBookingsPerDay\n    checkInRequired\n    checkInGraceMinutes\n    checkInOpensMinutes\n    releaseWarningMinutes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRuleDefaults {\n    bookingRuleDefaults {\n      kind\n      rules {\n        ...RuleValues\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminRuleDefaults {\n    bookingRuleDefaults {\n      kind\n      rules {\n        ...RuleValues\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetRules($input: SetBookingRulesInput!) {\n    setBookingRules(input: $input) {\n      ...RuleValues\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSetRules($input: SetBookingRulesInput!) {\n    setBookingRules(input: $input) {\n      ...RuleValues\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateSpace($input: CreateSpaceInput!) {\n    createSpace(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateSpace($input: UpdateSpaceInput!) {\n    updateSpace(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminPreviewUpdateSpace($input: UpdateSpaceInput!) {\n    previewUpdateSpace(input: $input) {\n      ...ImpactFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminPreviewUpdateSpace($input: UpdateSpaceInput!) {\n    previewUpdateSpace(input: $input) {\n      ...ImpactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateSpaces($input: UpdateSpacesInput!) {\n    updateSpaces(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateSpaces($input: UpdateSpacesInput!) {\n    updateSpaces(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminPreviewUpdateSpaces($input: UpdateSpacesInput!) {\n    previewUpdateSpaces(input: $input) {\n      ...ImpactFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminPreviewUpdateSpaces($input: UpdateSpacesInput!) {\n    previewUpdateSpaces(input: $input) {\n      ...ImpactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminPlaceSpaces($input: PlaceSpacesInput!) {\n    placeSpaces(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminPlaceSpaces($input: PlaceSpacesInput!) {\n    placeSpaces(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPeople($search: String, $includeInactive: Boolean) {\n    users(search: $search, includeInactive: $includeInactive, first: 500) {\n      id\n      email\n      displayName\n      roles\n      fte\n      screenWorker\n      countsInHeadcount\n      locale\n      active\n      department {\n        id\n        name\n      }\n    }\n    departments {\n      id\n      name\n      headcount\n      cluster {\n        id\n        name\n      }\n    }\n    clusters {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AdminPeople($search: String, $includeInactive: Boolean) {\n    users(search: $search, includeInactive: $includeInactive, first: 500) {\n      id\n      email\n      displayName\n      roles\n      fte\n      screenWorker\n      countsInHeadcount\n      locale\n      active\n      department {\n        id\n        name\n      }\n    }\n    departments {\n      id\n      name\n      headcount\n      cluster {\n        id\n        name\n      }\n    }\n    clusters {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminPreviewUpdateUser($input: UpdateUserInput!) {\n    previewUpdateUser(input: $input) {\n      ...ImpactFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminPreviewUpdateUser($input: UpdateUserInput!) {\n    previewUpdateUser(input: $input) {\n      ...ImpactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminImportUsers($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      applied\n      created\n      updated\n      unchanged\n      invalid\n      rows {\n        line\n        email\n        displayName\n        action\n        changes\n        errors {\n          field\n          reason\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminImportUsers($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      applied\n      created\n      updated\n      unchanged\n      invalid\n      rows {\n        line\n        email\n        displayName\n        action\n        changes\n        errors {\n          field\n          reason\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateCluster($name: String!) {\n    createCluster(input: { name: $name }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateCluster($name: String!) {\n    createCluster(input: { name: $name }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateCluster($id: ID!, $name: String!) {\n    updateCluster(input: { id: $id, name: $name }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateCluster($id: ID!, $name: String!) {\n    updateCluster(input: { id: $id, name: $name }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteCluster($id: ID!) {\n    deleteCluster(input: { id: $id }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeleteCluster($id: ID!) {\n    deleteCluster(input: { id: $id }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateDepartment($name: String!, $clusterId: ID!) {\n    createDepartment(input: { name: $name, clusterId: $clusterId }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateDepartment($name: String!, $clusterId: ID!) {\n    createDepartment(input: { name: $name, clusterId: $clusterId }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteDepartment($id: ID!) {\n    deleteDepartment(input: { id: $id }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeleteDepartment($id: ID!) {\n    deleteDepartment(input: { id: $id }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminChanges($targetType: AdminTargetType, $after: ID) {\n    adminChanges(targetType: $targetType, after: $after, first: 50) {\n      id\n      occurredAt\n      action\n      targetType\n      targetLabel\n      note\n      actor {\n        id\n        displayName\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminChanges($targetType: AdminTargetType, $after: ID) {\n    adminChanges(targetType: $targetType, after: $after, first: 50) {\n      id\n      occurredAt\n      action\n      targetType\n      targetLabel\n      note\n      actor {\n        id\n        displayName\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;