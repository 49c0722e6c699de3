export { startTestApi, type TestApi } from './test-api.js';
export { TestClock } from './test-clock.js';
export { GraphqlClient, type GraphqlError, type GraphqlResponse } from './graphql-client.js';
export { LiveClient, LiveSubscription, type LiveResult } from './live-client.js';
export { Factories, type MadeSite, type MadeSpace, type MadeUser } from './factories.js';
export { cloneTestDatabase, readTestDatabaseEnv } from './test-database.js';
export { setUpTestDatabase, tearDownTestDatabase } from './test-database.js';
