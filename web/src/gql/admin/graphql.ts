/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddClosureDayInput = {
  /** Cancel the upcoming bookings this change leaves invalid (see the preview mutation). Without it such a change is refused with ADMIN_CHANGE_AFFECTS_BOOKINGS and the count. */
  cancelAffected?: boolean | null | undefined;
  /** Why the bookings are cancelled; required when bookings are cancelled */
  cancellationMessage?: string | null | undefined;
  date: string;
  /** PUBLIC_HOLIDAY to close again on a holiday */
  kind?: ClosureKind | null | undefined;
  /** Why the site is closed, e.g. "Brugdag" */
  reason: string;
  siteId: string | number;
};

/** What an administrative change was made to */
export type AdminTargetType =
  | 'BOOKING'
  | 'BOOKING_RULES'
  | 'CLOSURE_DAY'
  | 'CLUSTER'
  | 'DEPARTMENT'
  | 'FLOOR'
  | 'FLOOR_PLAN'
  | 'ORGANISATION'
  | 'PARTNER_INVITE'
  | 'SITE'
  | 'SPACE'
  | 'USER'
  | 'ZONE';

/** A public holiday, or a closure day of the organisation */
export type ClosureKind =
  | 'CLOSURE'
  | 'PUBLIC_HOLIDAY';

export type CreateFloorInput = {
  level?: number | null | undefined;
  name: string;
  planHeight?: number | null | undefined;
  planWidth?: number | null | undefined;
  siteId: string | number;
};

export type CreateSiteInput = {
  address?: string | null | undefined;
  /** Public-holiday region, e.g. BE-VLG */
  holidayRegion?: string | null | undefined;
  /** A satellite service point (decentrale locatie) */
  isSatellite?: boolean | null | undefined;
  name: string;
  openingHours: Array<OpeningHoursInput>;
  /** IANA time zone */
  timeZone?: string | null | undefined;
};

export type CreateSpaceInput = {
  /** Staff roles that may book; defaults to EMPLOYEE and SOCIAL_WORKER (SOCIAL_WORKER only for consultation rooms) */
  bookableByRoles?: Array<Role> | null | undefined;
  capacity?: number | null | undefined;
  /** Defaults to true for consultation rooms */
  confidential?: boolean | null | undefined;
  equipment?: Array<Equipment> | null | undefined;
  floorId: string | number;
  kind: SpaceKind;
  name: string;
  partnerAccess?: boolean | null | undefined;
  position?: SpacePositionInput | null | undefined;
  requiresApproval?: boolean | null | undefined;
  zoneId?: string | number | null | undefined;
};

export type CreateUserInput = {
  countsInHeadcount?: boolean | null | undefined;
  departmentId?: string | number | null | undefined;
  displayName: string;
  email: string;
  fte?: number | null | undefined;
  locale?: Locale | null | undefined;
  /** Required for PARTNER accounts */
  organisationId?: string | number | null | undefined;
  /** Initial password for local sign-in (10–200 characters) */
  password?: string | null | undefined;
  roles: Array<Role>;
  screenWorker?: boolean | null | undefined;
};

export type CreateZoneInput = {
  floorId: string | number;
  name: string;
  /** The zone’s area on the plan as a polygon (3–200 corners, a rectangle has 4), in plan units; null removes it */
  outline?: Array<PointInput> | null | undefined;
};

export type Equipment =
  | 'DOCKING_STATION'
  | 'DUAL_SCREEN'
  | 'HEIGHT_ADJUSTABLE_DESK'
  | 'SCREEN'
  | 'VIDEO_CONFERENCING'
  | 'WHEELCHAIR_ACCESS'
  | 'WHITEBOARD';

/** Why a booking would no longer be valid after a change */
export type ImpactReason =
  | 'CLOSURE_DAY'
  | 'OUTSIDE_OPENING_HOURS'
  | 'SITE_INACTIVE'
  | 'SPACE_INACTIVE'
  | 'SPACE_KIND_CHANGED'
  | 'USER_INACTIVE';

export type ImportUsersInput = {
  /** A CSV file (comma, semicolon or tab separated) with a header row: email and name are required; roles, department (by name), fte, screen_worker and locale are optional. Dutch headers (e-mail, naam, rollen, dienst, vte, beeldschermwerker, taal) work too. An existing user (same e-mail) is updated; an empty cell keeps their value. */
  csv: string;
  /** Only check and report (the default); false writes, all rows or none */
  dryRun?: boolean | null | undefined;
};

export type Locale =
  | 'en'
  | 'nl_BE';

export type OpeningHoursInput = {
  closesAt: string;
  opensAt: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday */
  weekday: number;
};

/** Where spaces stand on their floor’s plan, saved together */
export type PlaceSpacesInput = {
  floorId: string | number;
  placements: Array<SpacePlacementInput>;
};

export type PointInput = {
  x: number;
  y: number;
};

/** What a user may do (see DOMAIN.md). */
export type Role =
  | 'ADMIN'
  | 'EMPLOYEE'
  | 'FACILITY_MANAGER'
  | 'MANAGEMENT'
  | 'PARTNER'
  | 'RECEPTION'
  | 'SOCIAL_WORKER';

/** Give either spaceKind (change the defaults) or spaceId (override for one space). */
export type SetBookingRulesInput = {
  bufferMinutes?: number | null | undefined;
  checkInGraceMinutes?: number | null | undefined;
  /** Minutes before the start that check-in opens */
  checkInOpensMinutes?: number | null | undefined;
  checkInRequired?: boolean | null | undefined;
  /** For a kind, null means no daily limit */
  maxBookingsPerDay?: number | null | undefined;
  maxDaysAhead?: number | null | undefined;
  maxDurationMinutes?: number | null | undefined;
  minDurationMinutes?: number | null | undefined;
  minNoticeMinutes?: number | null | undefined;
  /** Warn a no-show and release it this many minutes later; for a kind, null releases at once */
  releaseWarningMinutes?: number | null | undefined;
  /** One of 5, 10, 15, 20, 30, 60; null clears a space override */
  slotMinutes?: number | null | undefined;
  spaceId?: string | number | null | undefined;
  spaceKind?: SpaceKind | null | undefined;
};

export type SpaceKind =
  | 'CONSULTATION_ROOM'
  | 'DESK'
  | 'FRONT_DESK'
  | 'INFORMAL_AREA'
  | 'MEETING_ROOM'
  | 'PHONE_BOOTH'
  | 'QUIET_ROOM';

export type SpacePlacementInput = {
  /** null takes the space off the plan */
  position?: SpacePositionInput | null | undefined;
  spaceId: string | number;
};

export type SpacePositionInput = {
  height: number;
  rotation?: number | null | undefined;
  width: number;
  x: number;
  y: number;
};

export type SpacesFilter = {
  /** Spaces that have all of these */
  equipment?: Array<Equipment> | null | undefined;
  floorId?: string | number | null | undefined;
  kinds?: Array<SpaceKind> | null | undefined;
  minCapacity?: number | null | undefined;
  siteId?: string | number | null | undefined;
  zoneId?: string | number | null | undefined;
};

export type UpdateDepartmentInput = {
  /** Move the department to another cluster */
  clusterId?: string | number | null | undefined;
  id: string | number;
  name?: string | null | undefined;
};

export type UpdateFloorInput = {
  id: string | number;
  level?: number | null | undefined;
  name?: string | null | undefined;
  planHeight?: number | null | undefined;
  planWidth?: number | null | undefined;
};

export type UpdateSiteInput = {
  active?: boolean | null | undefined;
  address?: string | null | undefined;
  /** Cancel the upcoming bookings this change leaves invalid (see the preview mutation). Without it such a change is refused with ADMIN_CHANGE_AFFECTS_BOOKINGS and the count. */
  cancelAffected?: boolean | null | undefined;
  /** Why the bookings are cancelled; required when bookings are cancelled */
  cancellationMessage?: string | null | undefined;
  id: string | number;
  isSatellite?: boolean | null | undefined;
  name?: string | null | undefined;
  /** Replaces all opening hours when given */
  openingHours?: Array<OpeningHoursInput> | null | undefined;
  timeZone?: string | null | undefined;
};

export type UpdateSpaceInput = {
  active?: boolean | null | undefined;
  bookableByRoles?: Array<Role> | null | undefined;
  /** Cancel the upcoming bookings this change leaves invalid (see the preview mutation). Without it such a change is refused with ADMIN_CHANGE_AFFECTS_BOOKINGS and the count. */
  cancelAffected?: boolean | null | undefined;
  /** Why the bookings are cancelled; required when bookings are cancelled */
  cancellationMessage?: string | null | undefined;
  capacity?: number | null | undefined;
  confidential?: boolean | null | undefined;
  equipment?: Array<Equipment> | null | undefined;
  id: string | number;
  kind?: SpaceKind | null | undefined;
  name?: string | null | undefined;
  partnerAccess?: boolean | null | undefined;
  /** null removes the space from the floor plan */
  position?: SpacePositionInput | null | undefined;
  requiresApproval?: boolean | null | undefined;
  /** null removes the space from its zone */
  zoneId?: string | number | null | undefined;
};

/** The same change for many spaces, e.g. "all desks in zone B get a second screen" */
export type UpdateSpacesInput = {
  active?: boolean | null | undefined;
  /** Added to what each space has */
  addEquipment?: Array<Equipment> | null | undefined;
  bookableByRoles?: Array<Role> | null | undefined;
  /** Cancel the upcoming bookings this change leaves invalid (see the preview mutation). Without it such a change is refused with ADMIN_CHANGE_AFFECTS_BOOKINGS and the count. */
  cancelAffected?: boolean | null | undefined;
  /** Why the bookings are cancelled; required when bookings are cancelled */
  cancellationMessage?: string | null | undefined;
  capacity?: number | null | undefined;
  confidential?: boolean | null | undefined;
  ids: Array<string | number>;
  kind?: SpaceKind | null | undefined;
  partnerAccess?: boolean | null | undefined;
  /** Taken away from what each space has */
  removeEquipment?: Array<Equipment> | null | undefined;
  requiresApproval?: boolean | null | undefined;
  /** Move into this zone (on each space’s own floor); null removes them from their zone */
  zoneId?: string | number | null | undefined;
};

export type UpdateUserInput = {
  active?: boolean | null | undefined;
  /** Cancel the upcoming bookings this change leaves invalid (see the preview mutation). Without it such a change is refused with ADMIN_CHANGE_AFFECTS_BOOKINGS and the count. */
  cancelAffected?: boolean | null | undefined;
  /** Why the bookings are cancelled; required when bookings are cancelled */
  cancellationMessage?: string | null | undefined;
  countsInHeadcount?: boolean | null | undefined;
  /** null removes the department */
  departmentId?: string | number | null | undefined;
  displayName?: string | null | undefined;
  fte?: number | null | undefined;
  id: string | number;
  locale?: Locale | null | undefined;
  roles?: Array<Role> | null | undefined;
  screenWorker?: boolean | null | undefined;
};

export type UpdateZoneInput = {
  id: string | number;
  name?: string | null | undefined;
  /** The zone’s area on the plan as a polygon (3–200 corners, a rectangle has 4), in plan units; null removes it */
  outline?: Array<PointInput> | null | undefined;
};

export type UserImportAction =
  | 'CREATE'
  | 'INVALID'
  | 'UNCHANGED'
  | 'UPDATE';

export type ImpactFieldsFragment = { count: number, bookings: Array<{ id: string, startsAt: string, endsAt: string, reason: ImpactReason, space: { id: string, name: string, floorName: string, siteName: string, timeZone: string }, booker: { id: string, displayName: string } }> };

export type AdminSitesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSitesQuery = { sites: Array<{ id: string, name: string, address: string, timeZone: string, isSatellite: boolean, active: boolean, openingHours: Array<{ weekday: number, opensAt: string, closesAt: string }>, floors: Array<{ id: string, name: string, level: number, planWidth: number, planHeight: number, plan: { url: string, contentType: string, width: number, height: number } | null, zones: Array<{ id: string, name: string, outline: Array<{ x: number, y: number }> | null }> }> }> };

export type AdminCreateSiteMutationVariables = Exact<{
  input: CreateSiteInput;
}>;


export type AdminCreateSiteMutation = { createSite: { id: string } };

export type AdminUpdateSiteMutationVariables = Exact<{
  input: UpdateSiteInput;
}>;


export type AdminUpdateSiteMutation = { updateSite: { id: string } };

export type AdminPreviewUpdateSiteMutationVariables = Exact<{
  input: UpdateSiteInput;
}>;


export type AdminPreviewUpdateSiteMutation = { previewUpdateSite: { count: number, bookings: Array<{ id: string, startsAt: string, endsAt: string, reason: ImpactReason, space: { id: string, name: string, floorName: string, siteName: string, timeZone: string }, booker: { id: string, displayName: string } }> } };

export type AdminClosuresQueryVariables = Exact<{
  id: string | number;
  year: number;
  from: string;
  to: string;
}>;


export type AdminClosuresQuery = { site: { id: string, publicHolidays: Array<{ date: string, name: string, closureDayId: string | null }>, closureDays: Array<{ id: string, date: string, reason: string, kind: string }> } };

export type AdminAddClosureMutationVariables = Exact<{
  input: AddClosureDayInput;
}>;


export type AdminAddClosureMutation = { addClosureDay: { id: string } };

export type AdminPreviewAddClosureMutationVariables = Exact<{
  input: AddClosureDayInput;
}>;


export type AdminPreviewAddClosureMutation = { previewAddClosureDay: { count: number, bookings: Array<{ id: string, startsAt: string, endsAt: string, reason: ImpactReason, space: { id: string, name: string, floorName: string, siteName: string, timeZone: string }, booker: { id: string, displayName: string } }> } };

export type AdminRemoveClosureMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRemoveClosureMutation = { removeClosureDay: { id: string } };

export type AdminCreateFloorMutationVariables = Exact<{
  input: CreateFloorInput;
}>;


export type AdminCreateFloorMutation = { createFloor: { id: string } };

export type AdminUpdateFloorMutationVariables = Exact<{
  input: UpdateFloorInput;
}>;


export type AdminUpdateFloorMutation = { updateFloor: { id: string } };

export type AdminRemovePlanMutationVariables = Exact<{
  floorId: string | number;
}>;


export type AdminRemovePlanMutation = { removeFloorPlan: { id: string } };

export type AdminCreateZoneMutationVariables = Exact<{
  input: CreateZoneInput;
}>;


export type AdminCreateZoneMutation = { createZone: { id: string } };

export type AdminUpdateZoneMutationVariables = Exact<{
  input: UpdateZoneInput;
}>;


export type AdminUpdateZoneMutation = { updateZone: { id: string } };

export type AdminDeleteZoneMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeleteZoneMutation = { deleteZone: { id: string } };

export type AdminSpacesQueryVariables = Exact<{
  filter?: SpacesFilter | null | undefined;
}>;


export type AdminSpacesQuery = { spaces: Array<{ id: string, name: string, kind: SpaceKind, capacity: number, equipment: Array<Equipment>, confidential: boolean, bookableByRoles: Array<Role>, partnerAccess: boolean, requiresApproval: boolean, active: boolean, floor: { id: string, name: string }, zone: { id: string, name: string } | null, position: { x: number, y: number, width: number, height: number, rotation: number } | null, rules: { slotMinutes: number, minDurationMinutes: number, maxDurationMinutes: number, maxDaysAhead: number, minNoticeMinutes: number, bufferMinutes: number, maxBookingsPerDay: number | null, checkInRequired: boolean, checkInGraceMinutes: number, checkInOpensMinutes: number, releaseWarningMinutes: number | null } }> };

export type RuleValuesFragment = { slotMinutes: number, minDurationMinutes: number, maxDurationMinutes: number, maxDaysAhead: number, minNoticeMinutes: number, bufferMinutes: number, maxBookingsPerDay: number | null, checkInRequired: boolean, checkInGraceMinutes: number, checkInOpensMinutes: number, releaseWarningMinutes: number | null };

export type AdminRuleDefaultsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminRuleDefaultsQuery = { bookingRuleDefaults: Array<{ kind: SpaceKind, rules: { slotMinutes: number, minDurationMinutes: number, maxDurationMinutes: number, maxDaysAhead: number, minNoticeMinutes: number, bufferMinutes: number, maxBookingsPerDay: number | null, checkInRequired: boolean, checkInGraceMinutes: number, checkInOpensMinutes: number, releaseWarningMinutes: number | null } }> };

export type AdminSetRulesMutationVariables = Exact<{
  input: SetBookingRulesInput;
}>;


export type AdminSetRulesMutation = { setBookingRules: { slotMinutes: number, minDurationMinutes: number, maxDurationMinutes: number, maxDaysAhead: number, minNoticeMinutes: number, bufferMinutes: number, maxBookingsPerDay: number | null, checkInRequired: boolean, checkInGraceMinutes: number, checkInOpensMinutes: number, releaseWarningMinutes: number | null } };

export type AdminCreateSpaceMutationVariables = Exact<{
  input: CreateSpaceInput;
}>;


export type AdminCreateSpaceMutation = { createSpace: { id: string } };

export type AdminUpdateSpaceMutationVariables = Exact<{
  input: UpdateSpaceInput;
}>;


export type AdminUpdateSpaceMutation = { updateSpace: { id: string } };

export type AdminPreviewUpdateSpaceMutationVariables = Exact<{
  input: UpdateSpaceInput;
}>;


export type AdminPreviewUpdateSpaceMutation = { previewUpdateSpace: { count: number, bookings: Array<{ id: string, startsAt: string, endsAt: string, reason: ImpactReason, space: { id: string, name: string, floorName: string, siteName: string, timeZone: string }, booker: { id: string, displayName: string } }> } };

export type AdminUpdateSpacesMutationVariables = Exact<{
  input: UpdateSpacesInput;
}>;


export type AdminUpdateSpacesMutation = { updateSpaces: Array<{ id: string }> };

export type AdminPreviewUpdateSpacesMutationVariables = Exact<{
  input: UpdateSpacesInput;
}>;


export type AdminPreviewUpdateSpacesMutation = { previewUpdateSpaces: { count: number, bookings: Array<{ id: string, startsAt: string, endsAt: string, reason: ImpactReason, space: { id: string, name: string, floorName: string, siteName: string, timeZone: string }, booker: { id: string, displayName: string } }> } };

export type AdminPlaceSpacesMutationVariables = Exact<{
  input: PlaceSpacesInput;
}>;


export type AdminPlaceSpacesMutation = { placeSpaces: Array<{ id: string }> };

export type AdminPeopleQueryVariables = Exact<{
  search?: string | null | undefined;
  includeInactive?: boolean | null | undefined;
}>;


export type AdminPeopleQuery = { users: Array<{ id: string, email: string, displayName: string, roles: Array<Role>, fte: number, screenWorker: boolean, countsInHeadcount: boolean, locale: Locale, active: boolean, department: { id: string, name: string } | null }>, departments: Array<{ id: string, name: string, headcount: number, cluster: { id: string, name: string } }>, clusters: Array<{ id: string, name: string }> };

export type AdminCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AdminCreateUserMutation = { createUser: { id: string } };

export type AdminUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type AdminUpdateUserMutation = { updateUser: { id: string } };

export type AdminPreviewUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type AdminPreviewUpdateUserMutation = { previewUpdateUser: { count: number, bookings: Array<{ id: string, startsAt: string, endsAt: string, reason: ImpactReason, space: { id: string, name: string, floorName: string, siteName: string, timeZone: string }, booker: { id: string, displayName: string } }> } };

export type AdminImportUsersMutationVariables = Exact<{
  input: ImportUsersInput;
}>;


export type AdminImportUsersMutation = { importUsers: { applied: boolean, created: number, updated: number, unchanged: number, invalid: number, rows: Array<{ line: number, email: string, displayName: string, action: UserImportAction, changes: Array<string>, errors: Array<{ field: string, reason: string, message: string }> }> } };

export type AdminCreateClusterMutationVariables = Exact<{
  name: string;
}>;


export type AdminCreateClusterMutation = { createCluster: { id: string } };

export type AdminUpdateClusterMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type AdminUpdateClusterMutation = { updateCluster: { id: string } };

export type AdminDeleteClusterMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeleteClusterMutation = { deleteCluster: { id: string } };

export type AdminCreateDepartmentMutationVariables = Exact<{
  name: string;
  clusterId: string | number;
}>;


export type AdminCreateDepartmentMutation = { createDepartment: { id: string } };

export type AdminUpdateDepartmentMutationVariables = Exact<{
  input: UpdateDepartmentInput;
}>;


export type AdminUpdateDepartmentMutation = { updateDepartment: { id: string } };

export type AdminDeleteDepartmentMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeleteDepartmentMutation = { deleteDepartment: { id: string } };

export type AdminChangesQueryVariables = Exact<{
  targetType?: AdminTargetType | null | undefined;
  after?: string | number | null | undefined;
}>;


export type AdminChangesQuery = { adminChanges: Array<{ id: string, occurredAt: string, action: string, targetType: AdminTargetType, targetLabel: string, note: string | null, actor: { id: string, displayName: string }, changes: Array<{ field: string, before: string | null, after: string | null }> }> };

export const ImpactFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImpactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingImpact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"floorName"}},{"kind":"Field","name":{"kind":"Name","value":"siteName"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"booker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ImpactFieldsFragment, unknown>;
export const RuleValuesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxDaysAhead"}},{"kind":"Field","name":{"kind":"Name","value":"minNoticeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bufferMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxBookingsPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"checkInRequired"}},{"kind":"Field","name":{"kind":"Name","value":"checkInGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"releaseWarningMinutes"}}]}}]} as unknown as DocumentNode<RuleValuesFragment, unknown>;
export const AdminSitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"isSatellite"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"floors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"planWidth"}},{"kind":"Field","name":{"kind":"Name","value":"planHeight"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"outline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminSitesQuery, AdminSitesQueryVariables>;
export const AdminCreateSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminCreateSiteMutation, AdminCreateSiteMutationVariables>;
export const AdminUpdateSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateSiteMutation, AdminUpdateSiteMutationVariables>;
export const AdminPreviewUpdateSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminPreviewUpdateSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewUpdateSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImpactFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImpactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingImpact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"floorName"}},{"kind":"Field","name":{"kind":"Name","value":"siteName"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"booker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPreviewUpdateSiteMutation, AdminPreviewUpdateSiteMutationVariables>;
export const AdminClosuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminClosures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publicHolidays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"closureDayId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closureDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<AdminClosuresQuery, AdminClosuresQueryVariables>;
export const AdminAddClosureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminAddClosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddClosureDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addClosureDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminAddClosureMutation, AdminAddClosureMutationVariables>;
export const AdminPreviewAddClosureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminPreviewAddClosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddClosureDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewAddClosureDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImpactFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImpactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingImpact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"floorName"}},{"kind":"Field","name":{"kind":"Name","value":"siteName"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"booker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPreviewAddClosureMutation, AdminPreviewAddClosureMutationVariables>;
export const AdminRemoveClosureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRemoveClosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeClosureDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminRemoveClosureMutation, AdminRemoveClosureMutationVariables>;
export const AdminCreateFloorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFloorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminCreateFloorMutation, AdminCreateFloorMutationVariables>;
export const AdminUpdateFloorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFloorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFloor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateFloorMutation, AdminUpdateFloorMutationVariables>;
export const AdminRemovePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRemovePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"floorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFloorPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"floorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"floorId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminRemovePlanMutation, AdminRemovePlanMutationVariables>;
export const AdminCreateZoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateZone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateZoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createZone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminCreateZoneMutation, AdminCreateZoneMutationVariables>;
export const AdminUpdateZoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateZone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateZoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateZone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateZoneMutation, AdminUpdateZoneMutationVariables>;
export const AdminDeleteZoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeleteZone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteZone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminDeleteZoneMutation, AdminDeleteZoneMutationVariables>;
export const AdminSpacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSpaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SpacesFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"bookableByRoles"}},{"kind":"Field","name":{"kind":"Name","value":"partnerAccess"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"floor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"rotation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleValues"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxDaysAhead"}},{"kind":"Field","name":{"kind":"Name","value":"minNoticeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bufferMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxBookingsPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"checkInRequired"}},{"kind":"Field","name":{"kind":"Name","value":"checkInGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"releaseWarningMinutes"}}]}}]} as unknown as DocumentNode<AdminSpacesQuery, AdminSpacesQueryVariables>;
export const AdminRuleDefaultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminRuleDefaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookingRuleDefaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleValues"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxDaysAhead"}},{"kind":"Field","name":{"kind":"Name","value":"minNoticeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bufferMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxBookingsPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"checkInRequired"}},{"kind":"Field","name":{"kind":"Name","value":"checkInGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"releaseWarningMinutes"}}]}}]} as unknown as DocumentNode<AdminRuleDefaultsQuery, AdminRuleDefaultsQueryVariables>;
export const AdminSetRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBookingRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBookingRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RuleValues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RuleValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxDaysAhead"}},{"kind":"Field","name":{"kind":"Name","value":"minNoticeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bufferMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxBookingsPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"checkInRequired"}},{"kind":"Field","name":{"kind":"Name","value":"checkInGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpensMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"releaseWarningMinutes"}}]}}]} as unknown as DocumentNode<AdminSetRulesMutation, AdminSetRulesMutationVariables>;
export const AdminCreateSpaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateSpace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSpaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSpace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminCreateSpaceMutation, AdminCreateSpaceMutationVariables>;
export const AdminUpdateSpaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateSpace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSpaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSpace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateSpaceMutation, AdminUpdateSpaceMutationVariables>;
export const AdminPreviewUpdateSpaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminPreviewUpdateSpace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSpaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewUpdateSpace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImpactFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImpactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingImpact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"floorName"}},{"kind":"Field","name":{"kind":"Name","value":"siteName"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"booker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPreviewUpdateSpaceMutation, AdminPreviewUpdateSpaceMutationVariables>;
export const AdminUpdateSpacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateSpaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSpacesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSpaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateSpacesMutation, AdminUpdateSpacesMutationVariables>;
export const AdminPreviewUpdateSpacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminPreviewUpdateSpaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSpacesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewUpdateSpaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImpactFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImpactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingImpact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"floorName"}},{"kind":"Field","name":{"kind":"Name","value":"siteName"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"booker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPreviewUpdateSpacesMutation, AdminPreviewUpdateSpacesMutationVariables>;
export const AdminPlaceSpacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminPlaceSpaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceSpacesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeSpaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminPlaceSpacesMutation, AdminPlaceSpacesMutationVariables>;
export const AdminPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"screenWorker"}},{"kind":"Field","name":{"kind":"Name","value":"countsInHeadcount"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminPeopleQuery, AdminPeopleQueryVariables>;
export const AdminCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminCreateUserMutation, AdminCreateUserMutationVariables>;
export const AdminUpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateUserMutation, AdminUpdateUserMutationVariables>;
export const AdminPreviewUpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminPreviewUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewUpdateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImpactFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImpactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BookingImpact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"floorName"}},{"kind":"Field","name":{"kind":"Name","value":"siteName"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"booker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPreviewUpdateUserMutation, AdminPreviewUpdateUserMutationVariables>;
export const AdminImportUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminImportUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportUsersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminImportUsersMutation, AdminImportUsersMutationVariables>;
export const AdminCreateClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminCreateClusterMutation, AdminCreateClusterMutationVariables>;
export const AdminUpdateClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateClusterMutation, AdminUpdateClusterMutationVariables>;
export const AdminDeleteClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeleteCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminDeleteClusterMutation, AdminDeleteClusterMutationVariables>;
export const AdminCreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminCreateDepartmentMutation, AdminCreateDepartmentMutationVariables>;
export const AdminUpdateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateDepartmentMutation, AdminUpdateDepartmentMutationVariables>;
export const AdminDeleteDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeleteDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminDeleteDepartmentMutation, AdminDeleteDepartmentMutationVariables>;
export const AdminChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminTargetType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetType"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<AdminChangesQuery, AdminChangesQueryVariables>;