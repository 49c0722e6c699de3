import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', '.nx/**', 'web/src/gql/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          // The test kit is imported by test files only (enforced below); its cycle with the API is by design.
          allow: ['@plekwijzer/test'],
          depConstraints: [
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web'] },
            { sourceTag: 'scope:migrations', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:seeds', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:migrations', 'scope:seeds', 'scope:test'] },
            { sourceTag: 'scope:test', onlyDependOnLibsWithTags: ['scope:api', 'scope:migrations', 'scope:seeds'] },
            { sourceTag: 'scope:bench', onlyDependOnLibsWithTags: ['scope:api', 'scope:test', 'scope:seeds', 'scope:migrations'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-extraneous-class': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through loadConfig() only.',
        },
      ],
    },
  },
  {
    files: ['api/src/**/*.ts', 'migrations/src/**/*.ts', 'seeds/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: '@plekwijzer/test', message: 'Only tests import the test kit.' }] }] },
  },
  {
    // Config parsing, test tooling, seeds and scripts legitimately read the environment.
    files: [
      'api/src/config/**',
      'test/src/**',
      'migrations/src/data-source.ts',
      'seeds/src/large-cli.ts',
      'bench/src/**',
      'scripts/**',
      '**/*.spec.ts',
      '**/*.int-spec.ts',
      '**/*.e2e-spec.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'test/src/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': 'off',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
