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
    "\n  query CalendarFeeds {\n    calendarFeeds {\n      id\n      spaceId\n      spaceName\n      url\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.CalendarFeedsDocument,
    "\n  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {\n    createCalendarFeed(input: $input) {\n      id\n      spaceId\n      spaceName\n      url\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed($input: RevokeCalendarFeedInput!) {\n    revokeCalendarFeed(input: $input) {\n      id\n    }\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  query FeedSpaces {\n    spaces {\n      id\n      name\n      site {\n        id\n        name\n      }\n    }\n  }\n": typeof types.FeedSpacesDocument,
    "\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  query Outbox($statuses: [OutboxStatus!], $first: Int) {\n    outboxMessages(statuses: $statuses, first: $first) {\n      id\n      recipient\n      subject\n      templateKey\n      status\n      attempts\n      createdAt\n      nextAttemptAt\n      lastError\n      sentAt\n    }\n    mailStatus {\n      smtpConfigured\n      smtpHost\n      smtpPort\n      from\n      sending\n      maxAttempts\n      counts {\n        status\n        count\n      }\n    }\n  }\n": typeof types.OutboxDocument,
    "\n  mutation RetryOutboxMessage($id: ID!) {\n    retryOutboxMessage(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n": typeof types.RetryOutboxMessageDocument,
    "\n  fragment OidcStatusFields on OidcStatus {\n    configured\n    available\n    checkedAt\n    lastError\n    lastSignInError\n    lastSignInErrorAt\n    lastSignInAt\n    endSessionSupported\n    issuer\n    clientId\n    redirectUri\n    scopes\n    roleClaim\n    roleMappings {\n      claimValue\n      roles\n    }\n    defaultRoles\n    departmentClaim\n    emailClaim\n    localLoginRoles\n  }\n": typeof types.OidcStatusFieldsFragmentDoc,
    "\n  query OidcStatus {\n    oidcStatus {\n      ...OidcStatusFields\n    }\n  }\n": typeof types.OidcStatusDocument,
    "\n  mutation CheckOidcProvider {\n    checkOidcProvider {\n      ...OidcStatusFields\n    }\n  }\n": typeof types.CheckOidcProviderDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.ChangePasswordDocument,
};
const documents: Documents = {
    "\n  query CalendarFeeds {\n    calendarFeeds {\n      id\n      spaceId\n      spaceName\n      url\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.CalendarFeedsDocument,
    "\n  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {\n    createCalendarFeed(input: $input) {\n      id\n      spaceId\n      spaceName\n      url\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed($input: RevokeCalendarFeedInput!) {\n    revokeCalendarFeed(input: $input) {\n      id\n    }\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  query FeedSpaces {\n    spaces {\n      id\n      name\n      site {\n        id\n        name\n      }\n    }\n  }\n": types.FeedSpacesDocument,
    "\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetMyLocaleDocument,
    "\n  query Outbox($statuses: [OutboxStatus!], $first: Int) {\n    outboxMessages(statuses: $statuses, first: $first) {\n      id\n      recipient\n      subject\n      templateKey\n      status\n      attempts\n      createdAt\n      nextAttemptAt\n      lastError\n      sentAt\n    }\n    mailStatus {\n      smtpConfigured\n      smtpHost\n      smtpPort\n      from\n      sending\n      maxAttempts\n      counts {\n        status\n        count\n      }\n    }\n  }\n": types.OutboxDocument,
    "\n  mutation RetryOutboxMessage($id: ID!) {\n    retryOutboxMessage(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n": types.RetryOutboxMessageDocument,
    "\n  fragment OidcStatusFields on OidcStatus {\n    configured\n    available\n    checkedAt\n    lastError\n    lastSignInError\n    lastSignInErrorAt\n    lastSignInAt\n    endSessionSupported\n    issuer\n    clientId\n    redirectUri\n    scopes\n    roleClaim\n    roleMappings {\n      claimValue\n      roles\n    }\n    defaultRoles\n    departmentClaim\n    emailClaim\n    localLoginRoles\n  }\n": types.OidcStatusFieldsFragmentDoc,
    "\n  query OidcStatus {\n    oidcStatus {\n      ...OidcStatusFields\n    }\n  }\n": types.OidcStatusDocument,
    "\n  mutation CheckOidcProvider {\n    checkOidcProvider {\n      ...OidcStatusFields\n    }\n  }\n": types.CheckOidcProviderDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n    }\n  }\n": types.ChangePasswordDocument,
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
export function graphql(source: "\n  query CalendarFeeds {\n    calendarFeeds {\n      id\n      spaceId\n      spaceName\n      url\n      createdAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeeds {\n    calendarFeeds {\n      id\n      spaceId\n      spaceName\n      url\n      createdAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {\n    createCalendarFeed(input: $input) {\n      id\n      spaceId\n      spaceName\n      url\n      createdAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {\n    createCalendarFeed(input: $input) {\n      id\n      spaceId\n      spaceName\n      url\n      createdAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed($input: RevokeCalendarFeedInput!) {\n    revokeCalendarFeed(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed($input: RevokeCalendarFeedInput!) {\n    revokeCalendarFeed(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedSpaces {\n    spaces {\n      id\n      name\n      site {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedSpaces {\n    spaces {\n      id\n      name\n      site {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLocale($locale: Locale!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outbox($statuses: [OutboxStatus!], $first: Int) {\n    outboxMessages(statuses: $statuses, first: $first) {\n      id\n      recipient\n      subject\n      templateKey\n      status\n      attempts\n      createdAt\n      nextAttemptAt\n      lastError\n      sentAt\n    }\n    mailStatus {\n      smtpConfigured\n      smtpHost\n      smtpPort\n      from\n      sending\n      maxAttempts\n      counts {\n        status\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query Outbox($statuses: [OutboxStatus!], $first: Int) {\n    outboxMessages(statuses: $statuses, first: $first) {\n      id\n      recipient\n      subject\n      templateKey\n      status\n      attempts\n      createdAt\n      nextAttemptAt\n      lastError\n      sentAt\n    }\n    mailStatus {\n      smtpConfigured\n      smtpHost\n      smtpPort\n      from\n      sending\n      maxAttempts\n      counts {\n        status\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryOutboxMessage($id: ID!) {\n    retryOutboxMessage(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n"): (typeof documents)["\n  mutation RetryOutboxMessage($id: ID!) {\n    retryOutboxMessage(id: $id) {\n      id\n      status\n      attempts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OidcStatusFields on OidcStatus {\n    configured\n    available\n    checkedAt\n    lastError\n    lastSignInError\n    lastSignInErrorAt\n    lastSignInAt\n    endSessionSupported\n    issuer\n    clientId\n    redirectUri\n    scopes\n    roleClaim\n    roleMappings {\n      claimValue\n      roles\n    }\n    defaultRoles\n    departmentClaim\n    emailClaim\n    localLoginRoles\n  }\n"): (typeof documents)["\n  fragment OidcStatusFields on OidcStatus {\n    configured\n    available\n    checkedAt\n    lastError\n    lastSignInError\n    lastSignInErrorAt\n    lastSignInAt\n    endSessionSupported\n    issuer\n    clientId\n    redirectUri\n    scopes\n    roleClaim\n    roleMappings {\n      claimValue\n      roles\n    }\n    defaultRoles\n    departmentClaim\n    emailClaim\n    localLoginRoles\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OidcStatus {\n    oidcStatus {\n      ...OidcStatusFields\n    }\n  }\n"): (typeof documents)["\n  query OidcStatus {\n    oidcStatus {\n      ...OidcStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckOidcProvider {\n    checkOidcProvider {\n      ...OidcStatusFields\n    }\n  }\n"): (typeof documents)["\n  mutation CheckOidcProvider {\n    checkOidcProvider {\n      ...OidcStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      accessToken\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;