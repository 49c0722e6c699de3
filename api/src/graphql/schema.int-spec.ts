import { readFileSync, writeFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApi, type TestApi } from '@plekwijzer/test';

const FILE = new URL('../../schema.gql', import.meta.url);
const HEADER = '# The Plekwijzer GraphQL API. Generated from the code by `npm run schema`; do not edit.\n\n';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

it('api/schema.gql is committed and matches the code (run `npm run schema` after changing the API)', () => {
  const printed = HEADER + printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema)) + '\n';
  if (process.env.UPDATE_SCHEMA === '1') writeFileSync(FILE, printed);
  expect(readFileSync(FILE, 'utf8')).toBe(printed);
});
