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
    'src/gql/': { ...output, documents: ['src/**/*.{ts,tsx}', '!src/gql/**', '!src/features/admin/**', '!src/features/settings/**'] },
    'src/gql/admin/': { ...output, documents: ['src/features/admin/**/*.{ts,tsx}'] },
    'src/gql/settings/': { ...output, documents: ['src/features/settings/**/*.{ts,tsx}'] },
  },
};
export default config;
