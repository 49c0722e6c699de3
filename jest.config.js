// Jest runs in native ESM mode (Nest 12 is ESM-only): NODE_OPTIONS=--experimental-vm-modules.
import { readFileSync } from 'node:fs';

const swcrc = JSON.parse(readFileSync(new URL('./.swcrc', import.meta.url), 'utf8'));
const transform = { '^.+\\.tsx?$': ['@swc/jest', { ...swcrc, swcrc: false, sourceMaps: 'inline' }] };
const moduleNameMapper = {
  '^@plekwijzer/(api|migrations|seeds|test)$': '<rootDir>/$1/src/index.ts',
  '^@plekwijzer/api/database$': '<rootDir>/api/src/database/index.ts',
  '^(\\.{1,2}/.*)\\.js$': '$1',
};
const common = {
  rootDir: '.',
  extensionsToTreatAsEsm: ['.ts'],
  transform,
  moduleNameMapper,
  setupFiles: ['reflect-metadata'],
  testEnvironment: 'node',
};

export default {
  // Integration files mostly wait on Postgres and HTTP: three workers keep two cores busy.
  maxWorkers: 3,
  testTimeout: 60_000,
  // One throw-away PostgreSQL and template database for every project that needs one. Jest loads
  // these outside its ESM module system, so they run from the build (npm test builds first).
  globalSetup: '<rootDir>/test/dist/global-setup.js',
  globalTeardown: '<rootDir>/test/dist/global-teardown.js',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{api,migrations,seeds,test,bench}/src/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'web',
      testMatch: ['<rootDir>/web/src/**/*.spec.{ts,tsx}'],
      transform: {
        '^.+\\.tsx?$': [
          '@swc/jest',
          {
            ...swcrc,
            swcrc: false,
            sourceMaps: 'inline',
            jsc: { ...swcrc.jsc, parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } },
          },
        ],
      },
      extensionsToTreatAsEsm: ['.ts', '.tsx'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{api,seeds,test}/src/**/*.int-spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/src/e2e/**/*.e2e-spec.ts'],
    },
  ],
};
