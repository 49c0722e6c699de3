import { tearDownTestDatabase } from './test-database.js';

export default async function globalTeardown(): Promise<void> {
  await tearDownTestDatabase();
}
