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
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      roles\n      locale\n      department {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation SignOut {\n    signOut {\n      endSessionUrl\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  fragment BookingFields on Booking {\n    id\n    startsAt\n    endsAt\n    status\n    title\n    detailsHidden\n    isMine\n    seriesId\n    viewerCanUpdate\n    viewerCanCancel\n    holdExpiresAt\n    externalAttendees\n    booker {\n      id\n      displayName\n    }\n    attendees {\n      id\n      displayName\n    }\n    space {\n      id\n      name\n      kind\n      confidential\n      floor {\n        id\n        name\n      }\n      site {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n": typeof types.BookingFieldsFragmentDoc,
    "\n  query BookableSpaces {\n    sites {\n      id\n      name\n      timeZone\n    }\n    spaces {\n      id\n      name\n      kind\n      capacity\n      confidential\n      viewerCanBook\n      site {\n        id\n      }\n      floor {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BookableSpacesDocument,
    "\n  mutation CreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": typeof types.CreateBookingDocument,
    "\n  mutation UpdateBooking($input: UpdateBookingInput!) {\n    updateBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": typeof types.UpdateBookingDocument,
    "\n  mutation CancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": typeof types.CancelBookingDocument,
    "\n  mutation CreateBookingSeries($input: CreateBookingSeriesInput!) {\n    createBookingSeries(input: $input) {\n      seriesId\n      bookings {\n        id\n      }\n      planned {\n        date\n        startsAt\n        endsAt\n      }\n      skipped {\n        date\n        startsAt\n        reason\n      }\n    }\n  }\n": typeof types.CreateBookingSeriesDocument,
    "\n  query Colleagues($search: String!) {\n    colleagues(search: $search, first: 20) {\n      id\n      displayName\n      departmentName\n    }\n  }\n": typeof types.ColleaguesDocument,
    "\n  query MyBookings($from: DateTime!, $to: DateTime!) {\n    myBookings(from: $from, to: $to) {\n      ...BookingFields\n    }\n  }\n": typeof types.MyBookingsDocument,
    "\n  query SitesWithFloors {\n    sites {\n      id\n      name\n      timeZone\n      openingHours {\n        weekday\n        opensAt\n        closesAt\n      }\n      floors {\n        id\n        name\n        level\n        planWidth\n        planHeight\n        plan {\n          url\n        }\n        zones {\n          id\n          name\n          outline {\n            x\n            y\n          }\n        }\n      }\n    }\n  }\n": typeof types.SitesWithFloorsDocument,
    "\n  query FloorDesks($filter: SpacesFilter!) {\n    spaces(filter: $filter) {\n      id\n      name\n      equipment\n      rules {\n        maxDurationMinutes\n      }\n      zone {\n        id\n        name\n      }\n      position {\n        x\n        y\n        width\n        height\n        rotation\n      }\n    }\n  }\n": typeof types.FloorDesksDocument,
    "\n  query FloorState($availability: AvailabilityInput!, $bookings: BookingsFilter!) {\n    availability(input: $availability) {\n      id\n    }\n    bookings(filter: $bookings) {\n      id\n      isMine\n      space {\n        id\n      }\n      booker {\n        displayName\n      }\n    }\n  }\n": typeof types.FloorStateDocument,
    "\n  subscription BookingsChanged($siteId: ID!) {\n    bookingsChanged(siteId: $siteId) {\n      siteId\n      bookingIds\n    }\n  }\n": typeof types.BookingsChangedDocument,
    "\n  query RoomsDay($filter: SpacesFilter!, $bookings: BookingsFilter!) {\n    spaces(filter: $filter) {\n      id\n      name\n      kind\n      capacity\n      viewerCanBook\n    }\n    bookings(filter: $bookings) {\n      id\n      startsAt\n      endsAt\n      title\n      detailsHidden\n      isMine\n      space {\n        id\n        name\n        kind\n        confidential\n      }\n    }\n  }\n": typeof types.RoomsDayDocument,
    "\n  query AppInfo {\n    appInfo {\n      demoMode\n      demoPassword\n      demoAccounts {\n        email\n        role\n      }\n      oidcEnabled\n      oidcLabel\n    }\n  }\n": typeof types.AppInfoDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      roles\n      locale\n      department {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n": types.LoginDocument,
    "\n  mutation SignOut {\n    signOut {\n      endSessionUrl\n    }\n  }\n": types.SignOutDocument,
    "\n  fragment BookingFields on Booking {\n    id\n    startsAt\n    endsAt\n    status\n    title\n    detailsHidden\n    isMine\n    seriesId\n    viewerCanUpdate\n    viewerCanCancel\n    holdExpiresAt\n    externalAttendees\n    booker {\n      id\n      displayName\n    }\n    attendees {\n      id\n      displayName\n    }\n    space {\n      id\n      name\n      kind\n      confidential\n      floor {\n        id\n        name\n      }\n      site {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n": types.BookingFieldsFragmentDoc,
    "\n  query BookableSpaces {\n    sites {\n      id\n      name\n      timeZone\n    }\n    spaces {\n      id\n      name\n      kind\n      capacity\n      confidential\n      viewerCanBook\n      site {\n        id\n      }\n      floor {\n        id\n        name\n      }\n    }\n  }\n": types.BookableSpacesDocument,
    "\n  mutation CreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": types.CreateBookingDocument,
    "\n  mutation UpdateBooking($input: UpdateBookingInput!) {\n    updateBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": types.UpdateBookingDocument,
    "\n  mutation CancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": types.CancelBookingDocument,
    "\n  mutation CreateBookingSeries($input: CreateBookingSeriesInput!) {\n    createBookingSeries(input: $input) {\n      seriesId\n      bookings {\n        id\n      }\n      planned {\n        date\n        startsAt\n        endsAt\n      }\n      skipped {\n        date\n        startsAt\n        reason\n      }\n    }\n  }\n": types.CreateBookingSeriesDocument,
    "\n  query Colleagues($search: String!) {\n    colleagues(search: $search, first: 20) {\n      id\n      displayName\n      departmentName\n    }\n  }\n": types.ColleaguesDocument,
    "\n  query MyBookings($from: DateTime!, $to: DateTime!) {\n    myBookings(from: $from, to: $to) {\n      ...BookingFields\n    }\n  }\n": types.MyBookingsDocument,
    "\n  query SitesWithFloors {\n    sites {\n      id\n      name\n      timeZone\n      openingHours {\n        weekday\n        opensAt\n        closesAt\n      }\n      floors {\n        id\n        name\n        level\n        planWidth\n        planHeight\n        plan {\n          url\n        }\n        zones {\n          id\n          name\n          outline {\n            x\n            y\n          }\n        }\n      }\n    }\n  }\n": types.SitesWithFloorsDocument,
    "\n  query FloorDesks($filter: SpacesFilter!) {\n    spaces(filter: $filter) {\n      id\n      name\n      equipment\n      rules {\n        maxDurationMinutes\n      }\n      zone {\n        id\n        name\n      }\n      position {\n        x\n        y\n        width\n        height\n        rotation\n      }\n    }\n  }\n": types.FloorDesksDocument,
    "\n  query FloorState($availability: AvailabilityInput!, $bookings: BookingsFilter!) {\n    availability(input: $availability) {\n      id\n    }\n    bookings(filter: $bookings) {\n      id\n      isMine\n      space {\n        id\n      }\n      booker {\n        displayName\n      }\n    }\n  }\n": types.FloorStateDocument,
    "\n  subscription BookingsChanged($siteId: ID!) {\n    bookingsChanged(siteId: $siteId) {\n      siteId\n      bookingIds\n    }\n  }\n": types.BookingsChangedDocument,
    "\n  query RoomsDay($filter: SpacesFilter!, $bookings: BookingsFilter!) {\n    spaces(filter: $filter) {\n      id\n      name\n      kind\n      capacity\n      viewerCanBook\n    }\n    bookings(filter: $bookings) {\n      id\n      startsAt\n      endsAt\n      title\n      detailsHidden\n      isMine\n      space {\n        id\n        name\n        kind\n        confidential\n      }\n    }\n  }\n": types.RoomsDayDocument,
    "\n  query AppInfo {\n    appInfo {\n      demoMode\n      demoPassword\n      demoAccounts {\n        email\n        role\n      }\n      oidcEnabled\n      oidcLabel\n    }\n  }\n": types.AppInfoDocument,
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
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      roles\n      locale\n      department {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      displayName\n      roles\n      locale\n      department {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      endSessionUrl\n    }\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut {\n      endSessionUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingFields on Booking {\n    id\n    startsAt\n    endsAt\n    status\n    title\n    detailsHidden\n    isMine\n    seriesId\n    viewerCanUpdate\n    viewerCanCancel\n    holdExpiresAt\n    externalAttendees\n    booker {\n      id\n      displayName\n    }\n    attendees {\n      id\n      displayName\n    }\n    space {\n      id\n      name\n      kind\n      confidential\n      floor {\n        id\n        name\n      }\n      site {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BookingFields on Booking {\n    id\n    startsAt\n    endsAt\n    status\n    title\n    detailsHidden\n    isMine\n    seriesId\n    viewerCanUpdate\n    viewerCanCancel\n    holdExpiresAt\n    externalAttendees\n    booker {\n      id\n      displayName\n    }\n    attendees {\n      id\n      displayName\n    }\n    space {\n      id\n      name\n      kind\n      confidential\n      floor {\n        id\n        name\n      }\n      site {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookableSpaces {\n    sites {\n      id\n      name\n      timeZone\n    }\n    spaces {\n      id\n      name\n      kind\n      capacity\n      confidential\n      viewerCanBook\n      site {\n        id\n      }\n      floor {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query BookableSpaces {\n    sites {\n      id\n      name\n      timeZone\n    }\n    spaces {\n      id\n      name\n      kind\n      capacity\n      confidential\n      viewerCanBook\n      site {\n        id\n      }\n      floor {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBooking($input: UpdateBookingInput!) {\n    updateBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBooking($input: UpdateBookingInput!) {\n    updateBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBookingSeries($input: CreateBookingSeriesInput!) {\n    createBookingSeries(input: $input) {\n      seriesId\n      bookings {\n        id\n      }\n      planned {\n        date\n        startsAt\n        endsAt\n      }\n      skipped {\n        date\n        startsAt\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBookingSeries($input: CreateBookingSeriesInput!) {\n    createBookingSeries(input: $input) {\n      seriesId\n      bookings {\n        id\n      }\n      planned {\n        date\n        startsAt\n        endsAt\n      }\n      skipped {\n        date\n        startsAt\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Colleagues($search: String!) {\n    colleagues(search: $search, first: 20) {\n      id\n      displayName\n      departmentName\n    }\n  }\n"): (typeof documents)["\n  query Colleagues($search: String!) {\n    colleagues(search: $search, first: 20) {\n      id\n      displayName\n      departmentName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBookings($from: DateTime!, $to: DateTime!) {\n    myBookings(from: $from, to: $to) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  query MyBookings($from: DateTime!, $to: DateTime!) {\n    myBookings(from: $from, to: $to) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitesWithFloors {\n    sites {\n      id\n      name\n      timeZone\n      openingHours {\n        weekday\n        opensAt\n        closesAt\n      }\n      floors {\n        id\n        name\n        level\n        planWidth\n        planHeight\n        plan {\n          url\n        }\n        zones {\n          id\n          name\n          outline {\n            x\n            y\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SitesWithFloors {\n    sites {\n      id\n      name\n      timeZone\n      openingHours {\n        weekday\n        opensAt\n        closesAt\n      }\n      floors {\n        id\n        name\n        level\n        planWidth\n        planHeight\n        plan {\n          url\n        }\n        zones {\n          id\n          name\n          outline {\n            x\n            y\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FloorDesks($filter: SpacesFilter!) {\n    spaces(filter: $filter) {\n      id\n      name\n      equipment\n      rules {\n        maxDurationMinutes\n      }\n      zone {\n        id\n        name\n      }\n      position {\n        x\n        y\n        width\n        height\n        rotation\n      }\n    }\n  }\n"): (typeof documents)["\n  query FloorDesks($filter: SpacesFilter!) {\n    spaces(filter: $filter) {\n      id\n      name\n      equipment\n      rules {\n        maxDurationMinutes\n      }\n      zone {\n        id\n        name\n      }\n      position {\n        x\n        y\n        width\n        height\n        rotation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FloorState($availability: AvailabilityInput!, $bookings: BookingsFilter!) {\n    availability(input: $availability) {\n      id\n    }\n    bookings(filter: $bookings) {\n      id\n      isMine\n      space {\n        id\n      }\n      booker {\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query FloorState($availability: AvailabilityInput!, $bookings: BookingsFilter!) {\n    availability(input: $availability) {\n      id\n    }\n    bookings(filter: $bookings) {\n      id\n      isMine\n      space {\n        id\n      }\n      booker {\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BookingsChanged($siteId: ID!) {\n    bookingsChanged(siteId: $siteId) {\n      siteId\n      bookingIds\n    }\n  }\n"): (typeof documents)["\n  subscription BookingsChanged($siteId: ID!) {\n    bookingsChanged(siteId: $siteId) {\n      siteId\n      bookingIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoomsDay($filter: SpacesFilter!, $bookings: BookingsFilter!) {\n    spaces(filter: $filter) {\n      id\n      name\n      kind\n      capacity\n      viewerCanBook\n    }\n    bookings(filter: $bookings) {\n      id\n      startsAt\n      endsAt\n      title\n      detailsHidden\n      isMine\n      space {\n        id\n        name\n        kind\n        confidential\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoomsDay($filter: SpacesFilter!, $bookings: BookingsFilter!) {\n    spaces(filter: $filter) {\n      id\n      name\n      kind\n      capacity\n      viewerCanBook\n    }\n    bookings(filter: $bookings) {\n      id\n      startsAt\n      endsAt\n      title\n      detailsHidden\n      isMine\n      space {\n        id\n        name\n        kind\n        confidential\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppInfo {\n    appInfo {\n      demoMode\n      demoPassword\n      demoAccounts {\n        email\n        role\n      }\n      oidcEnabled\n      oidcLabel\n    }\n  }\n"): (typeof documents)["\n  query AppInfo {\n    appInfo {\n      demoMode\n      demoPassword\n      demoAccounts {\n        email\n        role\n      }\n      oidcEnabled\n      oidcLabel\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;