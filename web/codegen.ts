import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every document in src/, generated from the API's committed schema (no server needed).
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', LocalDate: 'string', LocalTime: 'string' },
      },
    },
  },
};
export default config;
