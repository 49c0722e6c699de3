import { DataSource } from 'typeorm';
import { migrations } from './index.js';

/** For the TypeORM CLI (`migration:run`, `migration:revert`, `migration:show`) against DATABASE_URL. */
export default new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  migrations,
  migrationsTableName: 'migrations',
  installExtensions: false,
});
