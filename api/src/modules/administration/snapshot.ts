/** Plain JSON values describing a thing as an administrator sees it (no secrets, no bytes). */
export type Snapshot = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Only what changed between two snapshots of one thing; null when nothing did. */
export function changedValues(before: Snapshot, after: Snapshot): { before: Snapshot; after: Snapshot } | null {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !same(before[k], after[k]));
  if (keys.length === 0) return null;
  return {
    before: Object.fromEntries(keys.map((k) => [k, before[k] ?? null])),
    after: Object.fromEntries(keys.map((k) => [k, after[k] ?? null])),
  };
}

/** Field-by-field rows for display: each value as JSON text (null when absent). */
export function fieldChanges(
  before: Snapshot | null,
  after: Snapshot | null,
): { field: string; before: string | null; after: string | null }[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  const json = (s: Snapshot | null, k: string) => (s && k in s ? JSON.stringify(s[k]) : null);
  return keys.map((field) => ({ field, before: json(before, field), after: json(after, field) }));
}
