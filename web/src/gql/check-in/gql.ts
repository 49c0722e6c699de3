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
    "\n  fragment BookingFields on Booking {\n    id\n    startsAt\n    endsAt\n    status\n    title\n    detailsHidden\n    isMine\n    seriesId\n    viewerCanUpdate\n    viewerCanCancel\n    holdExpiresAt\n    externalAttendees\n    booker {\n      id\n      displayName\n    }\n    attendees {\n      id\n      displayName\n    }\n    space {\n      id\n      name\n      kind\n      confidential\n      floor {\n        id\n        name\n      }\n      site {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n": typeof types.BookingFieldsFragmentDoc,
    "\n  query BookableSpaces {\n    sites {\n      id\n      name\n      timeZone\n    }\n    spaces {\n      id\n      name\n      kind\n      capacity\n      confidential\n      viewerCanBook\n      site {\n        id\n      }\n      floor {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BookableSpacesDocument,
    "\n  mutation CreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": typeof types.CreateBookingDocument,
    "\n  mutation UpdateBooking($input: UpdateBookingInput!) {\n    updateBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": typeof types.UpdateBookingDocument,
    "\n  mutation CancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": typeof types.CancelBookingDocument,
    "\n  mutation CreateBookingSeries($input: CreateBookingSeriesInput!) {\n    createBookingSeries(input: $input) {\n      seriesId\n      bookings {\n        id\n      }\n      planned {\n        date\n        startsAt\n        endsAt\n      }\n      skipped {\n        date\n        startsAt\n        reason\n      }\n    }\n  }\n": typeof types.CreateBookingSeriesDocument,
    "\n  query Colleagues($search: String!) {\n    colleagues(search: $search, first: 20) {\n      id\n      displayName\n      departmentName\n    }\n  }\n": typeof types.ColleaguesDocument,
    "\n  fragment CheckInFields on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    viewerCanRate\n    myRating {\n      bookingId\n      score\n      comment\n    }\n    checkIn {\n      required\n      opensAt\n      closesAt\n      viewerCanCheckIn\n      viewerCanCheckOut\n      releaseWarningAt\n    }\n  }\n": typeof types.CheckInFieldsFragmentDoc,
    "\n  query BookingCheckIn($id: ID!) {\n    booking(id: $id) {\n      ...CheckInFields\n    }\n  }\n": typeof types.BookingCheckInDocument,
    "\n  query CheckInsDue {\n    checkInsDue {\n      ...BookingFields\n      ...CheckInFields\n    }\n  }\n": typeof types.CheckInsDueDocument,
    "\n  mutation CheckInBooking($input: CheckInBookingInput!) {\n    checkInBooking(input: $input) {\n      ...CheckInFields\n    }\n  }\n": typeof types.CheckInBookingDocument,
    "\n  mutation CheckOutBooking($input: CheckOutBookingInput!) {\n    checkOutBooking(input: $input) {\n      ...CheckInFields\n    }\n  }\n": typeof types.CheckOutBookingDocument,
    "\n  query SpaceScan($spaceId: ID!) {\n    spaceScan(spaceId: $spaceId) {\n      state\n      reason\n      checkInOpensAt\n      walkUpFrom\n      walkUpUntil\n      busyUntil\n      space {\n        id\n        name\n        kind\n        floor {\n          id\n          name\n        }\n        site {\n          id\n          name\n          timeZone\n        }\n      }\n      booking {\n        ...BookingFields\n        ...CheckInFields\n      }\n    }\n  }\n": typeof types.SpaceScanDocument,
    "\n  mutation CreateWalkUpBooking($input: CreateWalkUpBookingInput!) {\n    createWalkUpBooking(input: $input) {\n      ...BookingFields\n      ...CheckInFields\n    }\n  }\n": typeof types.CreateWalkUpBookingDocument,
    "\n  query QrSites {\n    sites {\n      id\n      name\n      floors {\n        id\n        name\n      }\n    }\n  }\n": typeof types.QrSitesDocument,
    "\n  query FloorQrCodes($floorId: ID!, $baseUrl: String) {\n    floorQrCodes(floorId: $floorId, baseUrl: $baseUrl) {\n      spaceId\n      url\n      svg\n      space {\n        id\n        name\n        kind\n        zone {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.FloorQrCodesDocument,
    "\n  query BookingsToRate {\n    bookingsToRate {\n      ...BookingFields\n      ...CheckInFields\n    }\n  }\n": typeof types.BookingsToRateDocument,
    "\n  mutation RateBooking($input: RateBookingInput!) {\n    rateBooking(input: $input) {\n      bookingId\n      score\n      comment\n    }\n  }\n": typeof types.RateBookingDocument,
};
const documents: Documents = {
    "\n  fragment BookingFields on Booking {\n    id\n    startsAt\n    endsAt\n    status\n    title\n    detailsHidden\n    isMine\n    seriesId\n    viewerCanUpdate\n    viewerCanCancel\n    holdExpiresAt\n    externalAttendees\n    booker {\n      id\n      displayName\n    }\n    attendees {\n      id\n      displayName\n    }\n    space {\n      id\n      name\n      kind\n      confidential\n      floor {\n        id\n        name\n      }\n      site {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n": types.BookingFieldsFragmentDoc,
    "\n  query BookableSpaces {\n    sites {\n      id\n      name\n      timeZone\n    }\n    spaces {\n      id\n      name\n      kind\n      capacity\n      confidential\n      viewerCanBook\n      site {\n        id\n      }\n      floor {\n        id\n        name\n      }\n    }\n  }\n": types.BookableSpacesDocument,
    "\n  mutation CreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": types.CreateBookingDocument,
    "\n  mutation UpdateBooking($input: UpdateBookingInput!) {\n    updateBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": types.UpdateBookingDocument,
    "\n  mutation CancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": types.CancelBookingDocument,
    "\n  mutation CreateBookingSeries($input: CreateBookingSeriesInput!) {\n    createBookingSeries(input: $input) {\n      seriesId\n      bookings {\n        id\n      }\n      planned {\n        date\n        startsAt\n        endsAt\n      }\n      skipped {\n        date\n        startsAt\n        reason\n      }\n    }\n  }\n": types.CreateBookingSeriesDocument,
    "\n  query Colleagues($search: String!) {\n    colleagues(search: $search, first: 20) {\n      id\n      displayName\n      departmentName\n    }\n  }\n": types.ColleaguesDocument,
    "\n  fragment CheckInFields on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    viewerCanRate\n    myRating {\n      bookingId\n      score\n      comment\n    }\n    checkIn {\n      required\n      opensAt\n      closesAt\n      viewerCanCheckIn\n      viewerCanCheckOut\n      releaseWarningAt\n    }\n  }\n": types.CheckInFieldsFragmentDoc,
    "\n  query BookingCheckIn($id: ID!) {\n    booking(id: $id) {\n      ...CheckInFields\n    }\n  }\n": types.BookingCheckInDocument,
    "\n  query CheckInsDue {\n    checkInsDue {\n      ...BookingFields\n      ...CheckInFields\n    }\n  }\n": types.CheckInsDueDocument,
    "\n  mutation CheckInBooking($input: CheckInBookingInput!) {\n    checkInBooking(input: $input) {\n      ...CheckInFields\n    }\n  }\n": types.CheckInBookingDocument,
    "\n  mutation CheckOutBooking($input: CheckOutBookingInput!) {\n    checkOutBooking(input: $input) {\n      ...CheckInFields\n    }\n  }\n": types.CheckOutBookingDocument,
    "\n  query SpaceScan($spaceId: ID!) {\n    spaceScan(spaceId: $spaceId) {\n      state\n      reason\n      checkInOpensAt\n      walkUpFrom\n      walkUpUntil\n      busyUntil\n      space {\n        id\n        name\n        kind\n        floor {\n          id\n          name\n        }\n        site {\n          id\n          name\n          timeZone\n        }\n      }\n      booking {\n        ...BookingFields\n        ...CheckInFields\n      }\n    }\n  }\n": types.SpaceScanDocument,
    "\n  mutation CreateWalkUpBooking($input: CreateWalkUpBookingInput!) {\n    createWalkUpBooking(input: $input) {\n      ...BookingFields\n      ...CheckInFields\n    }\n  }\n": types.CreateWalkUpBookingDocument,
    "\n  query QrSites {\n    sites {\n      id\n      name\n      floors {\n        id\n        name\n      }\n    }\n  }\n": types.QrSitesDocument,
    "\n  query FloorQrCodes($floorId: ID!, $baseUrl: String) {\n    floorQrCodes(floorId: $floorId, baseUrl: $baseUrl) {\n      spaceId\n      url\n      svg\n      space {\n        id\n        name\n        kind\n        zone {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.FloorQrCodesDocument,
    "\n  query BookingsToRate {\n    bookingsToRate {\n      ...BookingFields\n      ...CheckInFields\n    }\n  }\n": types.BookingsToRateDocument,
    "\n  mutation RateBooking($input: RateBookingInput!) {\n    rateBooking(input: $input) {\n      bookingId\n      score\n      comment\n    }\n  }\n": types.RateBookingDocument,
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
export function graphql(source: "\n  fragment CheckInFields on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    viewerCanRate\n    myRating {\n      bookingId\n      score\n      comment\n    }\n    checkIn {\n      required\n      opensAt\n      closesAt\n      viewerCanCheckIn\n      viewerCanCheckOut\n      releaseWarningAt\n    }\n  }\n"): (typeof documents)["\n  fragment CheckInFields on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    viewerCanRate\n    myRating {\n      bookingId\n      score\n      comment\n    }\n    checkIn {\n      required\n      opensAt\n      closesAt\n      viewerCanCheckIn\n      viewerCanCheckOut\n      releaseWarningAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingCheckIn($id: ID!) {\n    booking(id: $id) {\n      ...CheckInFields\n    }\n  }\n"): (typeof documents)["\n  query BookingCheckIn($id: ID!) {\n    booking(id: $id) {\n      ...CheckInFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInsDue {\n    checkInsDue {\n      ...BookingFields\n      ...CheckInFields\n    }\n  }\n"): (typeof documents)["\n  query CheckInsDue {\n    checkInsDue {\n      ...BookingFields\n      ...CheckInFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInBooking($input: CheckInBookingInput!) {\n    checkInBooking(input: $input) {\n      ...CheckInFields\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInBooking($input: CheckInBookingInput!) {\n    checkInBooking(input: $input) {\n      ...CheckInFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckOutBooking($input: CheckOutBookingInput!) {\n    checkOutBooking(input: $input) {\n      ...CheckInFields\n    }\n  }\n"): (typeof documents)["\n  mutation CheckOutBooking($input: CheckOutBookingInput!) {\n    checkOutBooking(input: $input) {\n      ...CheckInFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceScan($spaceId: ID!) {\n    spaceScan(spaceId: $spaceId) {\n      state\n      reason\n      checkInOpensAt\n      walkUpFrom\n      walkUpUntil\n      busyUntil\n      space {\n        id\n        name\n        kind\n        floor {\n          id\n          name\n        }\n        site {\n          id\n          name\n          timeZone\n        }\n      }\n      booking {\n        ...BookingFields\n        ...CheckInFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpaceScan($spaceId: ID!) {\n    spaceScan(spaceId: $spaceId) {\n      state\n      reason\n      checkInOpensAt\n      walkUpFrom\n      walkUpUntil\n      busyUntil\n      space {\n        id\n        name\n        kind\n        floor {\n          id\n          name\n        }\n        site {\n          id\n          name\n          timeZone\n        }\n      }\n      booking {\n        ...BookingFields\n        ...CheckInFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWalkUpBooking($input: CreateWalkUpBookingInput!) {\n    createWalkUpBooking(input: $input) {\n      ...BookingFields\n      ...CheckInFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWalkUpBooking($input: CreateWalkUpBookingInput!) {\n    createWalkUpBooking(input: $input) {\n      ...BookingFields\n      ...CheckInFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QrSites {\n    sites {\n      id\n      name\n      floors {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query QrSites {\n    sites {\n      id\n      name\n      floors {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FloorQrCodes($floorId: ID!, $baseUrl: String) {\n    floorQrCodes(floorId: $floorId, baseUrl: $baseUrl) {\n      spaceId\n      url\n      svg\n      space {\n        id\n        name\n        kind\n        zone {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FloorQrCodes($floorId: ID!, $baseUrl: String) {\n    floorQrCodes(floorId: $floorId, baseUrl: $baseUrl) {\n      spaceId\n      url\n      svg\n      space {\n        id\n        name\n        kind\n        zone {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingsToRate {\n    bookingsToRate {\n      ...BookingFields\n      ...CheckInFields\n    }\n  }\n"): (typeof documents)["\n  query BookingsToRate {\n    bookingsToRate {\n      ...BookingFields\n      ...CheckInFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateBooking($input: RateBookingInput!) {\n    rateBooking(input: $input) {\n      bookingId\n      score\n      comment\n    }\n  }\n"): (typeof documents)["\n  mutation RateBooking($input: RateBookingInput!) {\n    rateBooking(input: $input) {\n      bookingId\n      score\n      comment\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;