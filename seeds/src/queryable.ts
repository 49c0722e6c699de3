/** The one thing seeds need from a database client: one connection (a pg.Client), as seeding is a transaction. */
export type Queryable = {
  query: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
};

/** Inserts rows column-wise through unnest, in chunks. */
export async function insertColumns(
  db: Queryable,
  table: string,
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
  chunk = 2000,
): Promise<void> {
  const names = Object.keys(columns);
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const arrays = names.map((n) => part.map((r) => r[n] ?? null));
    const selects = names.map((n, j) => `$${j + 1}::${columns[n]}[]`).join(', ');
    await db.query(`INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${selects})`, arrays);
  }
}
