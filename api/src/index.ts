/** What tests, seeds and benchmarks may use from the API. */
export { createApp } from './app.js';
export { loadConfig, type AppConfig } from './config/config.js';
export { Clock, SystemClock } from './common/time/clock.js';
export { createDataSource } from './database/data-source.js';
export { runMigrations } from './database/migrate.js';
export { startEmbeddedPostgres } from './database/embedded-postgres.js';
export { ENTITIES } from './database/entities.js';
export { publicHolidays } from './modules/sites/holidays.js';
export { PasswordService } from './auth/password.service.js';
export { SitesService } from './modules/sites/sites.service.js';
export { TokenService } from './auth/token.service.js';
