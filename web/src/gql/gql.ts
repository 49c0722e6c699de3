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
    "\n  query SitesWithFloors {\n    sites {\n      id\n      name\n      timeZone\n      openingHours {\n        weekday\n        opensAt\n        closesAt\n      }\n      floors {\n        id\n        name\n        level\n        planWidth\n        planHeight\n        plan {\n          url\n        }\n        zones {\n          id\n          name\n          outline {\n            x\n            y\n          }\n        }\n      }\n    }\n  }\n": typeof types.SitesWithFloorsDocument,
    "\n  query FloorDesks($filter: SpacesFilter!) {\n    spaces(filter: $filter) {\n      id\n      name\n      equipment\n      rules {\n        maxDurationMinutes\n      }\n      zone {\n        id\n        name\n      }\n      position {\n        x\n        y\n        width\n        height\n        rotation\n      }\n    }\n  }\n": typeof types.FloorDesksDocument,
    "\n  query FloorState($availability: AvailabilityInput!, $bookings: BookingsFilter!) {\n    availability(input: $availability) {\n      id\n    }\n    bookings(filter: $bookings) {\n      id\n      isMine\n      space {\n        id\n      }\n      booker {\n        displayName\n      }\n    }\n  }\n": typeof types.FloorStateDocument,
    "\n  subscription BookingsChanged($siteId: ID!) {\n    bookingsChanged(siteId: $siteId) {\n      siteId\n      bookingIds\n    }\n  }\n": typeof types.BookingsChangedDocument,
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
    "\n  query SitesWithFloors {\n    sites {\n      id\n      name\n      timeZone\n      openingHours {\n        weekday\n        opensAt\n        closesAt\n      }\n      floors {\n        id\n        name\n        level\n        planWidth\n        planHeight\n        plan {\n          url\n        }\n        zones {\n          id\n          name\n          outline {\n            x\n            y\n          }\n        }\n      }\n    }\n  }\n": types.SitesWithFloorsDocument,
    "\n  query FloorDesks($filter: SpacesFilter!) {\n    spaces(filter: $filter) {\n      id\n      name\n      equipment\n      rules {\n        maxDurationMinutes\n      }\n      zone {\n        id\n        name\n      }\n      position {\n        x\n        y\n        width\n        height\n        rotation\n      }\n    }\n  }\n": types.FloorDesksDocument,
    "\n  query FloorState($availability: AvailabilityInput!, $bookings: BookingsFilter!) {\n    availability(input: $availability) {\n      id\n    }\n    bookings(filter: $bookings) {\n      id\n      isMine\n      space {\n        id\n      }\n      booker {\n        displayName\n      }\n    }\n  }\n": types.FloorStateDocument,
    "\n  subscription BookingsChanged($siteId: ID!) {\n    bookingsChanged(siteId: $siteId) {\n      siteId\n      bookingIds\n    }\n  }\n": types.BookingsChangedDocument,
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