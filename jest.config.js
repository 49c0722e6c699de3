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
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{api,migrations,seeds,test,bench}/src/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{api,seeds,test}/src/**/*.int-spec.ts'],
      // Jest loads these outside its ESM module system, so they run from the build (npm test builds first).
      globalSetup: '<rootDir>/test/dist/global-setup.js',
      globalTeardown: '<rootDir>/test/dist/global-teardown.js',
    },
  ],
};
