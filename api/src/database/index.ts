/** Database tooling without the application: safe to load from scripts and Jest's global setup. */
export { runMigrations } from './migrate.js';
export { startEmbeddedPostgres, type EmbeddedPg } from './embedded-postgres.js';
