import { migrations } from '@plekwijzer/migrations';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';

export type DataSourceSettings = {
  url: string;
  poolSize?: number;
  statementTimeoutMs?: number;
  applicationName?: string;
};

export function dataSourceOptions(s: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: s.url,
    entities: ENTITIES,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    logging: ['warn', 'migration'],
    applicationName: s.applicationName ?? 'plekwijzer',
    extra: {
      max: s.poolSize ?? 20,
      statement_timeout: s.statementTimeoutMs ?? 15_000,
      connectionTimeoutMillis: 5_000,
    },
  };
}

export function createDataSource(s: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(s));
}
