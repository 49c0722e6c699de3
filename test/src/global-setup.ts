import { setUpTestDatabase } from './test-database.js';

export default async function globalSetup(): Promise<void> {
  process.env.TZ = 'UTC';
  await setUpTestDatabase();
}
