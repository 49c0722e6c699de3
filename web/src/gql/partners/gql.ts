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
    "\n  query Organisations($filter: OrganisationsFilter) {\n    organisations(filter: $filter) {\n      id\n      name\n      enterpriseNumber\n      status\n      trusted\n      monthlyHourQuota\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      enterpriseNumber\n      address\n      status\n      suspendedAt\n      suspensionReason\n      trusted\n      monthlyHourQuota\n      agreementStartsOn\n      agreementEndsOn\n      termsVersion\n      termsAcceptedAt\n      contacts {\n        id\n        name\n        email\n        phone\n        jobTitle\n      }\n      access {\n        id\n        site {\n          id\n          name\n        }\n        spaceKind\n        space {\n          id\n          name\n        }\n      }\n      hours {\n        weekday\n        opensAt\n        closesAt\n      }\n      tariffs {\n        spaceKind\n        centsPerHour\n      }\n      members {\n        id\n        email\n        displayName\n        active\n      }\n      invites {\n        id\n        email\n        displayName\n        expiresAt\n      }\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  query PartnerCatalogue {\n    sites {\n      id\n      name\n    }\n    spaces {\n      id\n      name\n      kind\n      partnerAccess\n      site {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PartnerCatalogueDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation SetOrganisationAccess($input: SetOrganisationAccessInput!) {\n    setOrganisationAccess(input: $input) {\n      id\n    }\n  }\n": typeof types.SetOrganisationAccessDocument,
    "\n  mutation SetOrganisationTariffs($input: SetOrganisationTariffsInput!) {\n    setOrganisationTariffs(input: $input) {\n      id\n    }\n  }\n": typeof types.SetOrganisationTariffsDocument,
    "\n  mutation InvitePartner($input: InvitePartnerInput!) {\n    invitePartner(input: $input) {\n      inviteUrl\n      invite {\n        id\n        email\n      }\n    }\n  }\n": typeof types.InvitePartnerDocument,
    "\n  mutation RevokePartnerInvite($input: RevokePartnerInviteInput!) {\n    revokePartnerInvite(input: $input) {\n      id\n    }\n  }\n": typeof types.RevokePartnerInviteDocument,
    "\n  mutation SuspendOrganisation($input: SuspendOrganisationInput!) {\n    suspendOrganisation(input: $input) {\n      cancelledBookings\n    }\n  }\n": typeof types.SuspendOrganisationDocument,
    "\n  mutation ReactivateOrganisation($input: ReactivateOrganisationInput!) {\n    reactivateOrganisation(input: $input) {\n      id\n    }\n  }\n": typeof types.ReactivateOrganisationDocument,
    "\n  mutation ApproveBookingRequests($input: ApproveBookingRequestsInput!) {\n    approveBookingRequests(input: $input) {\n      id\n    }\n  }\n": typeof types.ApproveBookingRequestsDocument,
    "\n  mutation RejectBookingRequests($input: RejectBookingRequestsInput!) {\n    rejectBookingRequests(input: $input) {\n      id\n    }\n  }\n": typeof types.RejectBookingRequestsDocument,
    "\n  query MyOrganisation {\n    myOrganisation {\n      id\n      name\n      trusted\n      monthlyHourQuota\n      agreementStartsOn\n      agreementEndsOn\n      hours {\n        weekday\n        opensAt\n        closesAt\n      }\n      usage {\n        month\n        quotaHours\n        usedMinutes\n        remainingMinutes\n      }\n    }\n  }\n": typeof types.MyOrganisationDocument,
    "\n  fragment RequestFields on BookingRequest {\n    id\n    decideBy\n    decisions {\n      decision\n      decidedAt\n      reason\n      decidedBy {\n        displayName\n      }\n    }\n    booking {\n      id\n      startsAt\n      endsAt\n      status\n      title\n      seriesId\n      viewerCanCancel\n      booker {\n        id\n        displayName\n      }\n      organisation {\n        id\n        name\n      }\n      space {\n        id\n        name\n        kind\n        site {\n          id\n          name\n          timeZone\n        }\n        floor {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RequestFieldsFragmentDoc,
    "\n  query BookingRequests($filter: BookingRequestsFilter) {\n    bookingRequests(filter: $filter) {\n      ...RequestFields\n    }\n  }\n": typeof types.BookingRequestsDocument,
    "\n  query MyNotifications {\n    notifications(first: 30) {\n      id\n      kind\n      createdAt\n      readAt\n      spaceName\n      siteName\n      timeZone\n      startsAt\n      endsAt\n      count\n      reason\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query PartnerSpaces {\n    sites {\n      id\n      name\n      timeZone\n      openingHours {\n        weekday\n        opensAt\n        closesAt\n      }\n    }\n    spaces {\n      id\n      name\n      kind\n      capacity\n      viewerCanBook\n      site {\n        id\n      }\n      floor {\n        id\n        name\n      }\n    }\n    myOrganisation {\n      id\n      trusted\n      hours {\n        weekday\n        opensAt\n        closesAt\n      }\n    }\n  }\n": typeof types.PartnerSpacesDocument,
    "\n  query SpaceDay($filter: BookingsFilter!) {\n    bookings(filter: $filter) {\n      id\n      startsAt\n      endsAt\n      title\n      detailsHidden\n    }\n  }\n": typeof types.SpaceDayDocument,
    "\n  mutation RequestRoom($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RequestRoomDocument,
    "\n  mutation RequestRoomSeries($input: CreateBookingSeriesInput!) {\n    createBookingSeries(input: $input) {\n      seriesId\n      bookings {\n        id\n        status\n      }\n      skipped {\n        date\n        reason\n      }\n    }\n  }\n": typeof types.RequestRoomSeriesDocument,
    "\n  mutation CancelRequest($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CancelRequestDocument,
    "\n  query UsageStatement($month: String!, $organisationId: ID) {\n    usageStatement(month: $month, organisationId: $organisationId) {\n      organisationId\n      organisationName\n      enterpriseNumber\n      month\n      totalMinutes\n      totalCents\n      lines {\n        spaceKind\n        bookings\n        minutes\n        centsPerHour\n        amountCents\n      }\n      bookings {\n        id\n        startsAt\n        endsAt\n        timeZone\n        spaceName\n        siteName\n        minutes\n        status\n        bookerName\n      }\n    }\n  }\n": typeof types.UsageStatementDocument,
    "\n  query UsageStatementCsv($month: String!, $organisationId: ID, $locale: Locale) {\n    usageStatement(month: $month, organisationId: $organisationId) {\n      organisationName\n      csv(locale: $locale)\n    }\n  }\n": typeof types.UsageStatementCsvDocument,
    "\n  query StatementOrganisations {\n    organisations {\n      id\n      name\n    }\n  }\n": typeof types.StatementOrganisationsDocument,
    "\n  query PartnerInvite($token: String!) {\n    partnerInvite(token: $token) {\n      email\n      displayName\n      organisationName\n      expiresAt\n      termsVersion\n    }\n  }\n": typeof types.PartnerInviteDocument,
    "\n  mutation AcceptPartnerInvite($input: AcceptPartnerInviteInput!) {\n    acceptPartnerInvite(input: $input) {\n      email\n    }\n  }\n": typeof types.AcceptPartnerInviteDocument,
};
const documents: Documents = {
    "\n  query Organisations($filter: OrganisationsFilter) {\n    organisations(filter: $filter) {\n      id\n      name\n      enterpriseNumber\n      status\n      trusted\n      monthlyHourQuota\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      enterpriseNumber\n      address\n      status\n      suspendedAt\n      suspensionReason\n      trusted\n      monthlyHourQuota\n      agreementStartsOn\n      agreementEndsOn\n      termsVersion\n      termsAcceptedAt\n      contacts {\n        id\n        name\n        email\n        phone\n        jobTitle\n      }\n      access {\n        id\n        site {\n          id\n          name\n        }\n        spaceKind\n        space {\n          id\n          name\n        }\n      }\n      hours {\n        weekday\n        opensAt\n        closesAt\n      }\n      tariffs {\n        spaceKind\n        centsPerHour\n      }\n      members {\n        id\n        email\n        displayName\n        active\n      }\n      invites {\n        id\n        email\n        displayName\n        expiresAt\n      }\n    }\n  }\n": types.OrganisationDocument,
    "\n  query PartnerCatalogue {\n    sites {\n      id\n      name\n    }\n    spaces {\n      id\n      name\n      kind\n      partnerAccess\n      site {\n        id\n        name\n      }\n    }\n  }\n": types.PartnerCatalogueDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation SetOrganisationAccess($input: SetOrganisationAccessInput!) {\n    setOrganisationAccess(input: $input) {\n      id\n    }\n  }\n": types.SetOrganisationAccessDocument,
    "\n  mutation SetOrganisationTariffs($input: SetOrganisationTariffsInput!) {\n    setOrganisationTariffs(input: $input) {\n      id\n    }\n  }\n": types.SetOrganisationTariffsDocument,
    "\n  mutation InvitePartner($input: InvitePartnerInput!) {\n    invitePartner(input: $input) {\n      inviteUrl\n      invite {\n        id\n        email\n      }\n    }\n  }\n": types.InvitePartnerDocument,
    "\n  mutation RevokePartnerInvite($input: RevokePartnerInviteInput!) {\n    revokePartnerInvite(input: $input) {\n      id\n    }\n  }\n": types.RevokePartnerInviteDocument,
    "\n  mutation SuspendOrganisation($input: SuspendOrganisationInput!) {\n    suspendOrganisation(input: $input) {\n      cancelledBookings\n    }\n  }\n": types.SuspendOrganisationDocument,
    "\n  mutation ReactivateOrganisation($input: ReactivateOrganisationInput!) {\n    reactivateOrganisation(input: $input) {\n      id\n    }\n  }\n": types.ReactivateOrganisationDocument,
    "\n  mutation ApproveBookingRequests($input: ApproveBookingRequestsInput!) {\n    approveBookingRequests(input: $input) {\n      id\n    }\n  }\n": types.ApproveBookingRequestsDocument,
    "\n  mutation RejectBookingRequests($input: RejectBookingRequestsInput!) {\n    rejectBookingRequests(input: $input) {\n      id\n    }\n  }\n": types.RejectBookingRequestsDocument,
    "\n  query MyOrganisation {\n    myOrganisation {\n      id\n      name\n      trusted\n      monthlyHourQuota\n      agreementStartsOn\n      agreementEndsOn\n      hours {\n        weekday\n        opensAt\n        closesAt\n      }\n      usage {\n        month\n        quotaHours\n        usedMinutes\n        remainingMinutes\n      }\n    }\n  }\n": types.MyOrganisationDocument,
    "\n  fragment RequestFields on BookingRequest {\n    id\n    decideBy\n    decisions {\n      decision\n      decidedAt\n      reason\n      decidedBy {\n        displayName\n      }\n    }\n    booking {\n      id\n      startsAt\n      endsAt\n      status\n      title\n      seriesId\n      viewerCanCancel\n      booker {\n        id\n        displayName\n      }\n      organisation {\n        id\n        name\n      }\n      space {\n        id\n        name\n        kind\n        site {\n          id\n          name\n          timeZone\n        }\n        floor {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RequestFieldsFragmentDoc,
    "\n  query BookingRequests($filter: BookingRequestsFilter) {\n    bookingRequests(filter: $filter) {\n      ...RequestFields\n    }\n  }\n": types.BookingRequestsDocument,
    "\n  query MyNotifications {\n    notifications(first: 30) {\n      id\n      kind\n      createdAt\n      readAt\n      spaceName\n      siteName\n      timeZone\n      startsAt\n      endsAt\n      count\n      reason\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query PartnerSpaces {\n    sites {\n      id\n      name\n      timeZone\n      openingHours {\n        weekday\n        opensAt\n        closesAt\n      }\n    }\n    spaces {\n      id\n      name\n      kind\n      capacity\n      viewerCanBook\n      site {\n        id\n      }\n      floor {\n        id\n        name\n      }\n    }\n    myOrganisation {\n      id\n      trusted\n      hours {\n        weekday\n        opensAt\n        closesAt\n      }\n    }\n  }\n": types.PartnerSpacesDocument,
    "\n  query SpaceDay($filter: BookingsFilter!) {\n    bookings(filter: $filter) {\n      id\n      startsAt\n      endsAt\n      title\n      detailsHidden\n    }\n  }\n": types.SpaceDayDocument,
    "\n  mutation RequestRoom($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      id\n      status\n    }\n  }\n": types.RequestRoomDocument,
    "\n  mutation RequestRoomSeries($input: CreateBookingSeriesInput!) {\n    createBookingSeries(input: $input) {\n      seriesId\n      bookings {\n        id\n        status\n      }\n      skipped {\n        date\n        reason\n      }\n    }\n  }\n": types.RequestRoomSeriesDocument,
    "\n  mutation CancelRequest($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      id\n      status\n    }\n  }\n": types.CancelRequestDocument,
    "\n  query UsageStatement($month: String!, $organisationId: ID) {\n    usageStatement(month: $month, organisationId: $organisationId) {\n      organisationId\n      organisationName\n      enterpriseNumber\n      month\n      totalMinutes\n      totalCents\n      lines {\n        spaceKind\n        bookings\n        minutes\n        centsPerHour\n        amountCents\n      }\n      bookings {\n        id\n        startsAt\n        endsAt\n        timeZone\n        spaceName\n        siteName\n        minutes\n        status\n        bookerName\n      }\n    }\n  }\n": types.UsageStatementDocument,
    "\n  query UsageStatementCsv($month: String!, $organisationId: ID, $locale: Locale) {\n    usageStatement(month: $month, organisationId: $organisationId) {\n      organisationName\n      csv(locale: $locale)\n    }\n  }\n": types.UsageStatementCsvDocument,
    "\n  query StatementOrganisations {\n    organisations {\n      id\n      name\n    }\n  }\n": types.StatementOrganisationsDocument,
    "\n  query PartnerInvite($token: String!) {\n    partnerInvite(token: $token) {\n      email\n      displayName\n      organisationName\n      expiresAt\n      termsVersion\n    }\n  }\n": types.PartnerInviteDocument,
    "\n  mutation AcceptPartnerInvite($input: AcceptPartnerInviteInput!) {\n    acceptPartnerInvite(input: $input) {\n      email\n    }\n  }\n": types.AcceptPartnerInviteDocument,
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
export function graphql(source: "\n  query Organisations($filter: OrganisationsFilter) {\n    organisations(filter: $filter) {\n      id\n      name\n      enterpriseNumber\n      status\n      trusted\n      monthlyHourQuota\n    }\n  }\n"): (typeof documents)["\n  query Organisations($filter: OrganisationsFilter) {\n    organisations(filter: $filter) {\n      id\n      name\n      enterpriseNumber\n      status\n      trusted\n      monthlyHourQuota\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      enterpriseNumber\n      address\n      status\n      suspendedAt\n      suspensionReason\n      trusted\n      monthlyHourQuota\n      agreementStartsOn\n      agreementEndsOn\n      termsVersion\n      termsAcceptedAt\n      contacts {\n        id\n        name\n        email\n        phone\n        jobTitle\n      }\n      access {\n        id\n        site {\n          id\n          name\n        }\n        spaceKind\n        space {\n          id\n          name\n        }\n      }\n      hours {\n        weekday\n        opensAt\n        closesAt\n      }\n      tariffs {\n        spaceKind\n        centsPerHour\n      }\n      members {\n        id\n        email\n        displayName\n        active\n      }\n      invites {\n        id\n        email\n        displayName\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      enterpriseNumber\n      address\n      status\n      suspendedAt\n      suspensionReason\n      trusted\n      monthlyHourQuota\n      agreementStartsOn\n      agreementEndsOn\n      termsVersion\n      termsAcceptedAt\n      contacts {\n        id\n        name\n        email\n        phone\n        jobTitle\n      }\n      access {\n        id\n        site {\n          id\n          name\n        }\n        spaceKind\n        space {\n          id\n          name\n        }\n      }\n      hours {\n        weekday\n        opensAt\n        closesAt\n      }\n      tariffs {\n        spaceKind\n        centsPerHour\n      }\n      members {\n        id\n        email\n        displayName\n        active\n      }\n      invites {\n        id\n        email\n        displayName\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerCatalogue {\n    sites {\n      id\n      name\n    }\n    spaces {\n      id\n      name\n      kind\n      partnerAccess\n      site {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerCatalogue {\n    sites {\n      id\n      name\n    }\n    spaces {\n      id\n      name\n      kind\n      partnerAccess\n      site {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganisationAccess($input: SetOrganisationAccessInput!) {\n    setOrganisationAccess(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetOrganisationAccess($input: SetOrganisationAccessInput!) {\n    setOrganisationAccess(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganisationTariffs($input: SetOrganisationTariffsInput!) {\n    setOrganisationTariffs(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetOrganisationTariffs($input: SetOrganisationTariffsInput!) {\n    setOrganisationTariffs(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePartner($input: InvitePartnerInput!) {\n    invitePartner(input: $input) {\n      inviteUrl\n      invite {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePartner($input: InvitePartnerInput!) {\n    invitePartner(input: $input) {\n      inviteUrl\n      invite {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePartnerInvite($input: RevokePartnerInviteInput!) {\n    revokePartnerInvite(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RevokePartnerInvite($input: RevokePartnerInviteInput!) {\n    revokePartnerInvite(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendOrganisation($input: SuspendOrganisationInput!) {\n    suspendOrganisation(input: $input) {\n      cancelledBookings\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendOrganisation($input: SuspendOrganisationInput!) {\n    suspendOrganisation(input: $input) {\n      cancelledBookings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateOrganisation($input: ReactivateOrganisationInput!) {\n    reactivateOrganisation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateOrganisation($input: ReactivateOrganisationInput!) {\n    reactivateOrganisation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveBookingRequests($input: ApproveBookingRequestsInput!) {\n    approveBookingRequests(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveBookingRequests($input: ApproveBookingRequestsInput!) {\n    approveBookingRequests(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectBookingRequests($input: RejectBookingRequestsInput!) {\n    rejectBookingRequests(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RejectBookingRequests($input: RejectBookingRequestsInput!) {\n    rejectBookingRequests(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganisation {\n    myOrganisation {\n      id\n      name\n      trusted\n      monthlyHourQuota\n      agreementStartsOn\n      agreementEndsOn\n      hours {\n        weekday\n        opensAt\n        closesAt\n      }\n      usage {\n        month\n        quotaHours\n        usedMinutes\n        remainingMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOrganisation {\n    myOrganisation {\n      id\n      name\n      trusted\n      monthlyHourQuota\n      agreementStartsOn\n      agreementEndsOn\n      hours {\n        weekday\n        opensAt\n        closesAt\n      }\n      usage {\n        month\n        quotaHours\n        usedMinutes\n        remainingMinutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestFields on BookingRequest {\n    id\n    decideBy\n    decisions {\n      decision\n      decidedAt\n      reason\n      decidedBy {\n        displayName\n      }\n    }\n    booking {\n      id\n      startsAt\n      endsAt\n      status\n      title\n      seriesId\n      viewerCanCancel\n      booker {\n        id\n        displayName\n      }\n      organisation {\n        id\n        name\n      }\n      space {\n        id\n        name\n        kind\n        site {\n          id\n          name\n          timeZone\n        }\n        floor {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RequestFields on BookingRequest {\n    id\n    decideBy\n    decisions {\n      decision\n      decidedAt\n      reason\n      decidedBy {\n        displayName\n      }\n    }\n    booking {\n      id\n      startsAt\n      endsAt\n      status\n      title\n      seriesId\n      viewerCanCancel\n      booker {\n        id\n        displayName\n      }\n      organisation {\n        id\n        name\n      }\n      space {\n        id\n        name\n        kind\n        site {\n          id\n          name\n          timeZone\n        }\n        floor {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingRequests($filter: BookingRequestsFilter) {\n    bookingRequests(filter: $filter) {\n      ...RequestFields\n    }\n  }\n"): (typeof documents)["\n  query BookingRequests($filter: BookingRequestsFilter) {\n    bookingRequests(filter: $filter) {\n      ...RequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications {\n    notifications(first: 30) {\n      id\n      kind\n      createdAt\n      readAt\n      spaceName\n      siteName\n      timeZone\n      startsAt\n      endsAt\n      count\n      reason\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications {\n    notifications(first: 30) {\n      id\n      kind\n      createdAt\n      readAt\n      spaceName\n      siteName\n      timeZone\n      startsAt\n      endsAt\n      count\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSpaces {\n    sites {\n      id\n      name\n      timeZone\n      openingHours {\n        weekday\n        opensAt\n        closesAt\n      }\n    }\n    spaces {\n      id\n      name\n      kind\n      capacity\n      viewerCanBook\n      site {\n        id\n      }\n      floor {\n        id\n        name\n      }\n    }\n    myOrganisation {\n      id\n      trusted\n      hours {\n        weekday\n        opensAt\n        closesAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerSpaces {\n    sites {\n      id\n      name\n      timeZone\n      openingHours {\n        weekday\n        opensAt\n        closesAt\n      }\n    }\n    spaces {\n      id\n      name\n      kind\n      capacity\n      viewerCanBook\n      site {\n        id\n      }\n      floor {\n        id\n        name\n      }\n    }\n    myOrganisation {\n      id\n      trusted\n      hours {\n        weekday\n        opensAt\n        closesAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceDay($filter: BookingsFilter!) {\n    bookings(filter: $filter) {\n      id\n      startsAt\n      endsAt\n      title\n      detailsHidden\n    }\n  }\n"): (typeof documents)["\n  query SpaceDay($filter: BookingsFilter!) {\n    bookings(filter: $filter) {\n      id\n      startsAt\n      endsAt\n      title\n      detailsHidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestRoom($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestRoom($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestRoomSeries($input: CreateBookingSeriesInput!) {\n    createBookingSeries(input: $input) {\n      seriesId\n      bookings {\n        id\n        status\n      }\n      skipped {\n        date\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestRoomSeries($input: CreateBookingSeriesInput!) {\n    createBookingSeries(input: $input) {\n      seriesId\n      bookings {\n        id\n        status\n      }\n      skipped {\n        date\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRequest($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRequest($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageStatement($month: String!, $organisationId: ID) {\n    usageStatement(month: $month, organisationId: $organisationId) {\n      organisationId\n      organisationName\n      enterpriseNumber\n      month\n      totalMinutes\n      totalCents\n      lines {\n        spaceKind\n        bookings\n        minutes\n        centsPerHour\n        amountCents\n      }\n      bookings {\n        id\n        startsAt\n        endsAt\n        timeZone\n        spaceName\n        siteName\n        minutes\n        status\n        bookerName\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsageStatement($month: String!, $organisationId: ID) {\n    usageStatement(month: $month, organisationId: $organisationId) {\n      organisationId\n      organisationName\n      enterpriseNumber\n      month\n      totalMinutes\n      totalCents\n      lines {\n        spaceKind\n        bookings\n        minutes\n        centsPerHour\n        amountCents\n      }\n      bookings {\n        id\n        startsAt\n        endsAt\n        timeZone\n        spaceName\n        siteName\n        minutes\n        status\n        bookerName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageStatementCsv($month: String!, $organisationId: ID, $locale: Locale) {\n    usageStatement(month: $month, organisationId: $organisationId) {\n      organisationName\n      csv(locale: $locale)\n    }\n  }\n"): (typeof documents)["\n  query UsageStatementCsv($month: String!, $organisationId: ID, $locale: Locale) {\n    usageStatement(month: $month, organisationId: $organisationId) {\n      organisationName\n      csv(locale: $locale)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatementOrganisations {\n    organisations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query StatementOrganisations {\n    organisations {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerInvite($token: String!) {\n    partnerInvite(token: $token) {\n      email\n      displayName\n      organisationName\n      expiresAt\n      termsVersion\n    }\n  }\n"): (typeof documents)["\n  query PartnerInvite($token: String!) {\n    partnerInvite(token: $token) {\n      email\n      displayName\n      organisationName\n      expiresAt\n      termsVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptPartnerInvite($input: AcceptPartnerInviteInput!) {\n    acceptPartnerInvite(input: $input) {\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptPartnerInvite($input: AcceptPartnerInviteInput!) {\n    acceptPartnerInvite(input: $input) {\n      email\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;