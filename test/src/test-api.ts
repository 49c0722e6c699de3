import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import { createApp, loadConfig, PasswordService, TokenService } from '@plekwijzer/api';
import { Factories } from './factories.js';
import { GraphqlClient } from './graphql-client.js';
import { cloneTestDatabase } from './test-database.js';
import { TestClock } from './test-clock.js';

export type TestApi = {
  app: NestExpressApplication;
  baseUrl: string;
  /** An anonymous client. */
  anon: GraphqlClient;
  clock: TestClock;
  /** Direct access to this file's own database: for factories and for checking what was written. */
  db: pg.Pool;
  make: Factories;
  /** A client signed in as the user (a real access token from the API's own token service). */
  as: (user: { id: string }) => Promise<GraphqlClient>;
  close: () => Promise<void>;
};

/** The real API over HTTP on 127.0.0.1, on this test file's own cloned database. */
export async function startTestApi(opts: { clock?: TestClock; env?: Record<string, string> } = {}): Promise<TestApi> {
  const database = await cloneTestDatabase();
  const clock = opts.clock ?? new TestClock();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    DB_POOL_SIZE: '30',
    ...opts.env,
  });
  const app = await createApp(config, { clock });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const db = new pg.Pool({ connectionString: database.url, max: 4 });
  const tokens = app.get(TokenService);
  const anon = new GraphqlClient(`${baseUrl}/graphql`);
  return {
    app,
    baseUrl,
    anon,
    clock,
    db,
    make: new Factories(db, app.get(PasswordService)),
    as: async (user) => anon.withToken((await tokens.issueAccessToken(user.id)).token),
    close: async () => {
      app.getHttpServer().closeAllConnections();
      await app.close();
      await db.end();
      await database.drop();
    },
  };
}
