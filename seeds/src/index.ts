export { seedDemoIfEmpty, type SeedOptions, type SeedSummary } from './demo.js';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-people.js';
export type { Queryable } from './queryable.js';
export { generateLarge, type LargeOptions, type LargeSummary } from './large.js';
