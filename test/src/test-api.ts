import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import { createApp, loadConfig, PasswordService, TokenService } from '@plekwijzer/api';
import { Factories } from './factories.js';
import { GraphqlClient } from './graphql-client.js';
import { LiveClient } from './live-client.js';
import { cloneTestDatabase } from './test-database.js';
import { TestClock } from './test-clock.js';

export type TestApi = {
  app: NestExpressApplication;
  baseUrl: string;
  /** The database this API runs on; pass it as `databaseUrl` to start another instance on the same one. */
  databaseUrl: string;
  /** An anonymous client. */
  anon: GraphqlClient;
  clock: TestClock;
  /** Direct access to this file's own database: for factories and for checking what was written. */
  db: pg.Pool;
  make: Factories;
  /** A client signed in as the user (a real access token from the API's own token service). */
  as: (user: { id: string }) => Promise<GraphqlClient>;
  /** A graphql-ws client on ws://…/graphql, signed in as the user when given; closed by `close()`. */
  live: (user?: { id: string }) => Promise<LiveClient>;
  close: () => Promise<void>;
};

/**
 * The real API over HTTP on 127.0.0.1, on this test file's own cloned database, or on `databaseUrl`
 * (another instance's database, which is then left for its owner to drop).
 */
export async function startTestApi(opts: { clock?: TestClock; env?: Record<string, string>; databaseUrl?: string } = {}): Promise<TestApi> {
  const database = opts.databaseUrl ? { url: opts.databaseUrl, drop: async () => {} } : await cloneTestDatabase();
  const clock = opts.clock ?? new TestClock();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    DB_POOL_SIZE: '30',
    // rate limits would trip over tests that sign in and change things quickly; abuse.int-spec sets its own
    RATE_LIMIT_MUTATIONS_PER_MINUTE: '100000',
    SIGN_IN_FREE_ATTEMPTS: '1000',
    ...opts.env,
  });
  const app = await createApp(config, { clock });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const db = new pg.Pool({ connectionString: database.url, max: 4 });
  db.on('error', () => {}); // an idle client whose server restarted (fault tests): the pool drops it
  const tokens = app.get(TokenService);
  const anon = new GraphqlClient(`${baseUrl}/graphql`);
  const liveClients: LiveClient[] = [];
  return {
    app,
    baseUrl,
    databaseUrl: database.url,
    anon,
    clock,
    db,
    make: new Factories(db, app.get(PasswordService)),
    as: async (user) => anon.withToken((await tokens.issueAccessToken(user.id)).token),
    live: async (user) => {
      const client = new LiveClient(`ws://127.0.0.1:${port}/graphql`, user && (await tokens.issueAccessToken(user.id)).token);
      liveClients.push(client);
      return client;
    },
    close: async () => {
      await Promise.all(liveClients.map((c) => c.close()));
      app.getHttpServer().closeAllConnections();
      await app.close();
      await db.end();
      await database.drop();
    },
  };
}
