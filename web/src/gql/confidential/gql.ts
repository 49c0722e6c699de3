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
    "\n  query CoWorkerCandidates($search: String!) {\n    colleagues(search: $search, first: 20) {\n      id\n      displayName\n      departmentName\n    }\n  }\n": typeof types.CoWorkerCandidatesDocument,
    "\n  query ConsultationRooms {\n    spaces(filter: { kinds: [CONSULTATION_ROOM] }) {\n      id\n      name\n      confidential\n      viewerCanBook\n      site {\n        id\n        name\n        timeZone\n      }\n      floor {\n        id\n        name\n      }\n      rules {\n        bufferMinutes\n      }\n    }\n  }\n": typeof types.ConsultationRoomsDocument,
    "\n  query ConfidentialTalks($from: DateTime!, $to: DateTime!) {\n    confidentialTalks(from: $from, to: $to) {\n      ...BookingFields\n      viewerCanReadConfidentialDetails\n    }\n  }\n": typeof types.ConfidentialTalksDocument,
    "\n  query ConfidentialDetails($bookingId: ID!) {\n    confidentialDetails(bookingId: $bookingId) {\n      bookingId\n      clientPseudonym\n      caseReference\n      note\n      erasedAt\n      viewerIsBooker\n      coWorker {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ConfidentialDetailsDocument,
    "\n  mutation CreateConsultationBooking($input: CreateConsultationBookingInput!) {\n    createConsultationBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": typeof types.CreateConsultationBookingDocument,
    "\n  mutation UpdateConfidentialDetails($input: UpdateConfidentialDetailsInput!) {\n    updateConfidentialDetails(input: $input) {\n      bookingId\n      clientPseudonym\n      caseReference\n      note\n    }\n  }\n": typeof types.UpdateConfidentialDetailsDocument,
    "\n  mutation SetConfidentialCoWorker($input: SetConfidentialCoWorkerInput!) {\n    setConfidentialCoWorker(input: $input) {\n      bookingId\n      coWorker {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.SetConfidentialCoWorkerDocument,
    "\n  query ConsultationProposals($input: ConsultationProposalsInput!) {\n    consultationProposals(input: $input) {\n      complete\n      siteCount\n      proposals {\n        spaceId\n        spaceName\n        siteId\n        siteName\n        isSatellite\n        floorName\n        timeZone\n        startsAt\n        endsAt\n      }\n    }\n  }\n": typeof types.ConsultationProposalsDocument,
    "\n  query ConsultationProposalSets {\n    consultationProposalSets {\n      id\n      expiresAt\n      holds {\n        ...BookingFields\n      }\n    }\n  }\n": typeof types.ConsultationProposalSetsDocument,
    "\n  mutation HoldConsultationProposals($input: HoldConsultationProposalsInput!) {\n    holdConsultationProposals(input: $input) {\n      id\n      expiresAt\n    }\n  }\n": typeof types.HoldConsultationProposalsDocument,
    "\n  mutation ConfirmConsultationProposal($input: ConfirmConsultationProposalInput!) {\n    confirmConsultationProposal(input: $input) {\n      ...BookingFields\n    }\n  }\n": typeof types.ConfirmConsultationProposalDocument,
    "\n  mutation ReleaseConsultationProposals($input: ReleaseConsultationProposalsInput!) {\n    releaseConsultationProposals(input: $input)\n  }\n": typeof types.ReleaseConsultationProposalsDocument,
    "\n  query ReceptionArrivals($date: LocalDate) {\n    receptionArrivals(date: $date) {\n      siteId\n      siteName\n      isSatellite\n      timeZone\n      date\n      arrivals {\n        id\n        startsAt\n        endsAt\n        hostName\n        departmentName\n        organisationName\n        checkedIn\n        room {\n          id\n          name\n          kind\n          floorName\n        }\n      }\n    }\n  }\n": typeof types.ReceptionArrivalsDocument,
    "\n  query ConfidentialAuditLog($first: Int, $before: String, $action: AuditAction, $result: AuditResult) {\n    confidentialAuditLog(first: $first, before: $before, action: $action, result: $result) {\n      nextCursor\n      entries {\n        seq\n        occurredAt\n        bookingId\n        action\n        result\n        requestId\n        hash\n        actor {\n          id\n          displayName\n        }\n        subject {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ConfidentialAuditLogDocument,
    "\n  query ConfidentialAuditLogVerification {\n    confidentialAuditLogVerification {\n      intact\n      checkedEntries\n      lastSeq\n      lastHash\n      firstBrokenSeq\n      problem\n    }\n  }\n": typeof types.ConfidentialAuditLogVerificationDocument,
    "\n  query ConfidentialAuditLogExport($from: DateTime!, $to: DateTime!) {\n    confidentialAuditLogExport(from: $from, to: $to) {\n      filename\n      contentType\n      content\n      entries\n    }\n  }\n": typeof types.ConfidentialAuditLogExportDocument,
};
const documents: Documents = {
    "\n  fragment BookingFields on Booking {\n    id\n    startsAt\n    endsAt\n    status\n    title\n    detailsHidden\n    isMine\n    seriesId\n    viewerCanUpdate\n    viewerCanCancel\n    holdExpiresAt\n    externalAttendees\n    booker {\n      id\n      displayName\n    }\n    attendees {\n      id\n      displayName\n    }\n    space {\n      id\n      name\n      kind\n      confidential\n      floor {\n        id\n        name\n      }\n      site {\n        id\n        name\n        timeZone\n      }\n    }\n  }\n": types.BookingFieldsFragmentDoc,
    "\n  query BookableSpaces {\n    sites {\n      id\n      name\n      timeZone\n    }\n    spaces {\n      id\n      name\n      kind\n      capacity\n      confidential\n      viewerCanBook\n      site {\n        id\n      }\n      floor {\n        id\n        name\n      }\n    }\n  }\n": types.BookableSpacesDocument,
    "\n  mutation CreateBooking($input: CreateBookingInput!) {\n    createBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": types.CreateBookingDocument,
    "\n  mutation UpdateBooking($input: UpdateBookingInput!) {\n    updateBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": types.UpdateBookingDocument,
    "\n  mutation CancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": types.CancelBookingDocument,
    "\n  mutation CreateBookingSeries($input: CreateBookingSeriesInput!) {\n    createBookingSeries(input: $input) {\n      seriesId\n      bookings {\n        id\n      }\n      planned {\n        date\n        startsAt\n        endsAt\n      }\n      skipped {\n        date\n        startsAt\n        reason\n      }\n    }\n  }\n": types.CreateBookingSeriesDocument,
    "\n  query Colleagues($search: String!) {\n    colleagues(search: $search, first: 20) {\n      id\n      displayName\n      departmentName\n    }\n  }\n": types.ColleaguesDocument,
    "\n  query CoWorkerCandidates($search: String!) {\n    colleagues(search: $search, first: 20) {\n      id\n      displayName\n      departmentName\n    }\n  }\n": types.CoWorkerCandidatesDocument,
    "\n  query ConsultationRooms {\n    spaces(filter: { kinds: [CONSULTATION_ROOM] }) {\n      id\n      name\n      confidential\n      viewerCanBook\n      site {\n        id\n        name\n        timeZone\n      }\n      floor {\n        id\n        name\n      }\n      rules {\n        bufferMinutes\n      }\n    }\n  }\n": types.ConsultationRoomsDocument,
    "\n  query ConfidentialTalks($from: DateTime!, $to: DateTime!) {\n    confidentialTalks(from: $from, to: $to) {\n      ...BookingFields\n      viewerCanReadConfidentialDetails\n    }\n  }\n": types.ConfidentialTalksDocument,
    "\n  query ConfidentialDetails($bookingId: ID!) {\n    confidentialDetails(bookingId: $bookingId) {\n      bookingId\n      clientPseudonym\n      caseReference\n      note\n      erasedAt\n      viewerIsBooker\n      coWorker {\n        id\n        displayName\n      }\n    }\n  }\n": types.ConfidentialDetailsDocument,
    "\n  mutation CreateConsultationBooking($input: CreateConsultationBookingInput!) {\n    createConsultationBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n": types.CreateConsultationBookingDocument,
    "\n  mutation UpdateConfidentialDetails($input: UpdateConfidentialDetailsInput!) {\n    updateConfidentialDetails(input: $input) {\n      bookingId\n      clientPseudonym\n      caseReference\n      note\n    }\n  }\n": types.UpdateConfidentialDetailsDocument,
    "\n  mutation SetConfidentialCoWorker($input: SetConfidentialCoWorkerInput!) {\n    setConfidentialCoWorker(input: $input) {\n      bookingId\n      coWorker {\n        id\n        displayName\n      }\n    }\n  }\n": types.SetConfidentialCoWorkerDocument,
    "\n  query ConsultationProposals($input: ConsultationProposalsInput!) {\n    consultationProposals(input: $input) {\n      complete\n      siteCount\n      proposals {\n        spaceId\n        spaceName\n        siteId\n        siteName\n        isSatellite\n        floorName\n        timeZone\n        startsAt\n        endsAt\n      }\n    }\n  }\n": types.ConsultationProposalsDocument,
    "\n  query ConsultationProposalSets {\n    consultationProposalSets {\n      id\n      expiresAt\n      holds {\n        ...BookingFields\n      }\n    }\n  }\n": types.ConsultationProposalSetsDocument,
    "\n  mutation HoldConsultationProposals($input: HoldConsultationProposalsInput!) {\n    holdConsultationProposals(input: $input) {\n      id\n      expiresAt\n    }\n  }\n": types.HoldConsultationProposalsDocument,
    "\n  mutation ConfirmConsultationProposal($input: ConfirmConsultationProposalInput!) {\n    confirmConsultationProposal(input: $input) {\n      ...BookingFields\n    }\n  }\n": types.ConfirmConsultationProposalDocument,
    "\n  mutation ReleaseConsultationProposals($input: ReleaseConsultationProposalsInput!) {\n    releaseConsultationProposals(input: $input)\n  }\n": types.ReleaseConsultationProposalsDocument,
    "\n  query ReceptionArrivals($date: LocalDate) {\n    receptionArrivals(date: $date) {\n      siteId\n      siteName\n      isSatellite\n      timeZone\n      date\n      arrivals {\n        id\n        startsAt\n        endsAt\n        hostName\n        departmentName\n        organisationName\n        checkedIn\n        room {\n          id\n          name\n          kind\n          floorName\n        }\n      }\n    }\n  }\n": types.ReceptionArrivalsDocument,
    "\n  query ConfidentialAuditLog($first: Int, $before: String, $action: AuditAction, $result: AuditResult) {\n    confidentialAuditLog(first: $first, before: $before, action: $action, result: $result) {\n      nextCursor\n      entries {\n        seq\n        occurredAt\n        bookingId\n        action\n        result\n        requestId\n        hash\n        actor {\n          id\n          displayName\n        }\n        subject {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ConfidentialAuditLogDocument,
    "\n  query ConfidentialAuditLogVerification {\n    confidentialAuditLogVerification {\n      intact\n      checkedEntries\n      lastSeq\n      lastHash\n      firstBrokenSeq\n      problem\n    }\n  }\n": types.ConfidentialAuditLogVerificationDocument,
    "\n  query ConfidentialAuditLogExport($from: DateTime!, $to: DateTime!) {\n    confidentialAuditLogExport(from: $from, to: $to) {\n      filename\n      contentType\n      content\n      entries\n    }\n  }\n": types.ConfidentialAuditLogExportDocument,
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
export function graphql(source: "\n  query CoWorkerCandidates($search: String!) {\n    colleagues(search: $search, first: 20) {\n      id\n      displayName\n      departmentName\n    }\n  }\n"): (typeof documents)["\n  query CoWorkerCandidates($search: String!) {\n    colleagues(search: $search, first: 20) {\n      id\n      displayName\n      departmentName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationRooms {\n    spaces(filter: { kinds: [CONSULTATION_ROOM] }) {\n      id\n      name\n      confidential\n      viewerCanBook\n      site {\n        id\n        name\n        timeZone\n      }\n      floor {\n        id\n        name\n      }\n      rules {\n        bufferMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsultationRooms {\n    spaces(filter: { kinds: [CONSULTATION_ROOM] }) {\n      id\n      name\n      confidential\n      viewerCanBook\n      site {\n        id\n        name\n        timeZone\n      }\n      floor {\n        id\n        name\n      }\n      rules {\n        bufferMinutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfidentialTalks($from: DateTime!, $to: DateTime!) {\n    confidentialTalks(from: $from, to: $to) {\n      ...BookingFields\n      viewerCanReadConfidentialDetails\n    }\n  }\n"): (typeof documents)["\n  query ConfidentialTalks($from: DateTime!, $to: DateTime!) {\n    confidentialTalks(from: $from, to: $to) {\n      ...BookingFields\n      viewerCanReadConfidentialDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfidentialDetails($bookingId: ID!) {\n    confidentialDetails(bookingId: $bookingId) {\n      bookingId\n      clientPseudonym\n      caseReference\n      note\n      erasedAt\n      viewerIsBooker\n      coWorker {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConfidentialDetails($bookingId: ID!) {\n    confidentialDetails(bookingId: $bookingId) {\n      bookingId\n      clientPseudonym\n      caseReference\n      note\n      erasedAt\n      viewerIsBooker\n      coWorker {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConsultationBooking($input: CreateConsultationBookingInput!) {\n    createConsultationBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateConsultationBooking($input: CreateConsultationBookingInput!) {\n    createConsultationBooking(input: $input) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConfidentialDetails($input: UpdateConfidentialDetailsInput!) {\n    updateConfidentialDetails(input: $input) {\n      bookingId\n      clientPseudonym\n      caseReference\n      note\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateConfidentialDetails($input: UpdateConfidentialDetailsInput!) {\n    updateConfidentialDetails(input: $input) {\n      bookingId\n      clientPseudonym\n      caseReference\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConfidentialCoWorker($input: SetConfidentialCoWorkerInput!) {\n    setConfidentialCoWorker(input: $input) {\n      bookingId\n      coWorker {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetConfidentialCoWorker($input: SetConfidentialCoWorkerInput!) {\n    setConfidentialCoWorker(input: $input) {\n      bookingId\n      coWorker {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationProposals($input: ConsultationProposalsInput!) {\n    consultationProposals(input: $input) {\n      complete\n      siteCount\n      proposals {\n        spaceId\n        spaceName\n        siteId\n        siteName\n        isSatellite\n        floorName\n        timeZone\n        startsAt\n        endsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsultationProposals($input: ConsultationProposalsInput!) {\n    consultationProposals(input: $input) {\n      complete\n      siteCount\n      proposals {\n        spaceId\n        spaceName\n        siteId\n        siteName\n        isSatellite\n        floorName\n        timeZone\n        startsAt\n        endsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationProposalSets {\n    consultationProposalSets {\n      id\n      expiresAt\n      holds {\n        ...BookingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsultationProposalSets {\n    consultationProposalSets {\n      id\n      expiresAt\n      holds {\n        ...BookingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldConsultationProposals($input: HoldConsultationProposalsInput!) {\n    holdConsultationProposals(input: $input) {\n      id\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation HoldConsultationProposals($input: HoldConsultationProposalsInput!) {\n    holdConsultationProposals(input: $input) {\n      id\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmConsultationProposal($input: ConfirmConsultationProposalInput!) {\n    confirmConsultationProposal(input: $input) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmConsultationProposal($input: ConfirmConsultationProposalInput!) {\n    confirmConsultationProposal(input: $input) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseConsultationProposals($input: ReleaseConsultationProposalsInput!) {\n    releaseConsultationProposals(input: $input)\n  }\n"): (typeof documents)["\n  mutation ReleaseConsultationProposals($input: ReleaseConsultationProposalsInput!) {\n    releaseConsultationProposals(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceptionArrivals($date: LocalDate) {\n    receptionArrivals(date: $date) {\n      siteId\n      siteName\n      isSatellite\n      timeZone\n      date\n      arrivals {\n        id\n        startsAt\n        endsAt\n        hostName\n        departmentName\n        organisationName\n        checkedIn\n        room {\n          id\n          name\n          kind\n          floorName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReceptionArrivals($date: LocalDate) {\n    receptionArrivals(date: $date) {\n      siteId\n      siteName\n      isSatellite\n      timeZone\n      date\n      arrivals {\n        id\n        startsAt\n        endsAt\n        hostName\n        departmentName\n        organisationName\n        checkedIn\n        room {\n          id\n          name\n          kind\n          floorName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfidentialAuditLog($first: Int, $before: String, $action: AuditAction, $result: AuditResult) {\n    confidentialAuditLog(first: $first, before: $before, action: $action, result: $result) {\n      nextCursor\n      entries {\n        seq\n        occurredAt\n        bookingId\n        action\n        result\n        requestId\n        hash\n        actor {\n          id\n          displayName\n        }\n        subject {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConfidentialAuditLog($first: Int, $before: String, $action: AuditAction, $result: AuditResult) {\n    confidentialAuditLog(first: $first, before: $before, action: $action, result: $result) {\n      nextCursor\n      entries {\n        seq\n        occurredAt\n        bookingId\n        action\n        result\n        requestId\n        hash\n        actor {\n          id\n          displayName\n        }\n        subject {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfidentialAuditLogVerification {\n    confidentialAuditLogVerification {\n      intact\n      checkedEntries\n      lastSeq\n      lastHash\n      firstBrokenSeq\n      problem\n    }\n  }\n"): (typeof documents)["\n  query ConfidentialAuditLogVerification {\n    confidentialAuditLogVerification {\n      intact\n      checkedEntries\n      lastSeq\n      lastHash\n      firstBrokenSeq\n      problem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfidentialAuditLogExport($from: DateTime!, $to: DateTime!) {\n    confidentialAuditLogExport(from: $from, to: $to) {\n      filename\n      contentType\n      content\n      entries\n    }\n  }\n"): (typeof documents)["\n  query ConfidentialAuditLogExport($from: DateTime!, $to: DateTime!) {\n    confidentialAuditLogExport(from: $from, to: $to) {\n      filename\n      contentType\n      content\n      entries\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;