import { graphql } from '../../gql/confidential';

export const CONSULTATION_ROOMS = graphql(`
  query ConsultationRooms {
    spaces(filter: { kinds: [CONSULTATION_ROOM] }) {
      id
      name
      confidential
      viewerCanBook
      site {
        id
        name
        timeZone
      }
      floor {
        id
        name
      }
      rules {
        bufferMinutes
      }
    }
  }
`);

export const CONFIDENTIAL_TALKS = graphql(`
  query ConfidentialTalks($from: DateTime!, $to: DateTime!) {
    confidentialTalks(from: $from, to: $to) {
      ...BookingFields
      viewerCanReadConfidentialDetails
    }
  }
`);

export const CONFIDENTIAL_DETAILS = graphql(`
  query ConfidentialDetails($bookingId: ID!) {
    confidentialDetails(bookingId: $bookingId) {
      bookingId
      clientPseudonym
      caseReference
      note
      erasedAt
      viewerIsBooker
      coWorker {
        id
        displayName
      }
    }
  }
`);

export const CREATE_CONSULTATION = graphql(`
  mutation CreateConsultationBooking($input: CreateConsultationBookingInput!) {
    createConsultationBooking(input: $input) {
      ...BookingFields
    }
  }
`);

export const UPDATE_DETAILS = graphql(`
  mutation UpdateConfidentialDetails($input: UpdateConfidentialDetailsInput!) {
    updateConfidentialDetails(input: $input) {
      bookingId
      clientPseudonym
      caseReference
      note
    }
  }
`);

export const SET_CO_WORKER = graphql(`
  mutation SetConfidentialCoWorker($input: SetConfidentialCoWorkerInput!) {
    setConfidentialCoWorker(input: $input) {
      bookingId
      coWorker {
        id
        displayName
      }
    }
  }
`);

export const PROPOSALS = graphql(`
  query ConsultationProposals($input: ConsultationProposalsInput!) {
    consultationProposals(input: $input) {
      complete
      siteCount
      proposals {
        spaceId
        spaceName
        siteId
        siteName
        isSatellite
        floorName
        timeZone
        startsAt
        endsAt
      }
    }
  }
`);

export const PROPOSAL_SETS = graphql(`
  query ConsultationProposalSets {
    consultationProposalSets {
      id
      expiresAt
      holds {
        ...BookingFields
      }
    }
  }
`);

export const HOLD_PROPOSALS = graphql(`
  mutation HoldConsultationProposals($input: HoldConsultationProposalsInput!) {
    holdConsultationProposals(input: $input) {
      id
      expiresAt
    }
  }
`);

export const CONFIRM_PROPOSAL = graphql(`
  mutation ConfirmConsultationProposal($input: ConfirmConsultationProposalInput!) {
    confirmConsultationProposal(input: $input) {
      ...BookingFields
    }
  }
`);

export const RELEASE_PROPOSALS = graphql(`
  mutation ReleaseConsultationProposals($input: ReleaseConsultationProposalsInput!) {
    releaseConsultationProposals(input: $input)
  }
`);

export const RECEPTION_ARRIVALS = graphql(`
  query ReceptionArrivals($date: LocalDate) {
    receptionArrivals(date: $date) {
      siteId
      siteName
      isSatellite
      timeZone
      date
      arrivals {
        id
        startsAt
        endsAt
        hostName
        departmentName
        organisationName
        checkedIn
        room {
          id
          name
          kind
          floorName
        }
      }
    }
  }
`);

export const AUDIT_LOG = graphql(`
  query ConfidentialAuditLog($first: Int, $before: String, $action: AuditAction, $result: AuditResult) {
    confidentialAuditLog(first: $first, before: $before, action: $action, result: $result) {
      nextCursor
      entries {
        seq
        occurredAt
        bookingId
        action
        result
        requestId
        hash
        actor {
          id
          displayName
        }
        subject {
          id
          displayName
        }
      }
    }
  }
`);

export const AUDIT_VERIFICATION = graphql(`
  query ConfidentialAuditLogVerification {
    confidentialAuditLogVerification {
      intact
      checkedEntries
      lastSeq
      lastHash
      firstBrokenSeq
      problem
    }
  }
`);

export const AUDIT_EXPORT = graphql(`
  query ConfidentialAuditLogExport($from: DateTime!, $to: DateTime!) {
    confidentialAuditLogExport(from: $from, to: $to) {
      filename
      contentType
      content
      entries
    }
  }
`);
