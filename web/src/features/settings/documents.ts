import { graphql } from '../../gql/settings';

export const CALENDAR_FEEDS = graphql(`
  query CalendarFeeds {
    calendarFeeds {
      id
      spaceId
      spaceName
      url
      createdAt
      lastUsedAt
    }
  }
`);

export const CREATE_CALENDAR_FEED = graphql(`
  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {
    createCalendarFeed(input: $input) {
      id
      spaceId
      spaceName
      url
      createdAt
      lastUsedAt
    }
  }
`);

export const REVOKE_CALENDAR_FEED = graphql(`
  mutation RevokeCalendarFeed($input: RevokeCalendarFeedInput!) {
    revokeCalendarFeed(input: $input) {
      id
    }
  }
`);

export const FEED_SPACES = graphql(`
  query FeedSpaces {
    spaces {
      id
      name
      site {
        id
        name
      }
    }
  }
`);

export const SET_MY_LOCALE = graphql(`
  mutation SetMyLocale($locale: Locale!) {
    setMyLocale(locale: $locale) {
      id
      locale
    }
  }
`);

export const OUTBOX = graphql(`
  query Outbox($statuses: [OutboxStatus!], $first: Int) {
    outboxMessages(statuses: $statuses, first: $first) {
      id
      recipient
      subject
      templateKey
      status
      attempts
      createdAt
      nextAttemptAt
      lastError
      sentAt
    }
    mailStatus {
      smtpConfigured
      smtpHost
      smtpPort
      from
      sending
      maxAttempts
      counts {
        status
        count
      }
    }
  }
`);

export const RETRY_OUTBOX_MESSAGE = graphql(`
  mutation RetryOutboxMessage($id: ID!) {
    retryOutboxMessage(id: $id) {
      id
      status
      attempts
    }
  }
`);

export const OIDC_STATUS_FRAGMENT = graphql(`
  fragment OidcStatusFields on OidcStatus {
    configured
    available
    checkedAt
    lastError
    lastSignInError
    lastSignInErrorAt
    lastSignInAt
    endSessionSupported
    issuer
    clientId
    redirectUri
    scopes
    roleClaim
    roleMappings {
      claimValue
      roles
    }
    defaultRoles
    departmentClaim
    emailClaim
    localLoginRoles
  }
`);

export const OIDC_STATUS = graphql(`
  query OidcStatus {
    oidcStatus {
      ...OidcStatusFields
    }
  }
`);

export const CHECK_OIDC = graphql(`
  mutation CheckOidcProvider {
    checkOidcProvider {
      ...OidcStatusFields
    }
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      accessToken
    }
  }
`);
