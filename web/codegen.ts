import type { CodegenConfig } from '@graphql-codegen/cli';

const output = {
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false },
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: { DateTime: 'string', LocalDate: 'string', LocalTime: 'string' },
  },
};

// Types for every document in src/, generated from the API's committed schema (no server needed).
// The client preset keeps all documents of one output in a single map that every page loads, so
// the administration pages (loaded on demand, by managers only) and the settings page get outputs of their own.
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      ...output,
      documents: [
        'src/**/*.{ts,tsx}',
        '!src/gql/**',
        '!src/features/admin/**',
        '!src/features/reports/**',
        '!src/features/check-in/**',
        '!src/features/settings/**',
        '!src/features/confidential/**',
        '!src/features/partners/**',
        '!src/features/organisations/**',
      ],
    },
    'src/gql/admin/': { ...output, documents: ['src/features/admin/**/*.{ts,tsx}'] },
    'src/gql/reports/': { ...output, documents: ['src/features/reports/**/*.{ts,tsx}'] },
    // check-in spreads the booking fragment, so it takes the bookings' documents along
    'src/gql/check-in/': { ...output, documents: ['src/features/check-in/**/*.{ts,tsx}', 'src/features/bookings/documents.ts'] },
    'src/gql/settings/': { ...output, documents: ['src/features/settings/**/*.{ts,tsx}'] },
    'src/gql/confidential/': { ...output, documents: ['src/features/confidential/**/*.{ts,tsx}', 'src/features/bookings/documents.ts'] },
    'src/gql/partners/': { ...output, documents: ['src/features/partners/**/*.{ts,tsx}', 'src/features/organisations/**/*.{ts,tsx}'] },
  },
};
export default config;
