/**
 * Batches look-ups made while GraphQL resolves one response: field resolvers of every item in a
 * list ask for their own key in the same turn of the event loop, and one query answers them all.
 * State lives on the request object, so nothing leaks between requests.
 */
export function requestBatch<R extends object, V>(
  load: (keys: string[], req: R) => Promise<Map<string, V>>,
): (req: R, key: string) => Promise<V | undefined> {
  const pending = new WeakMap<R, { keys: Set<string>; result: Promise<Map<string, V>> }>();
  return (req, key) => {
    let batch = pending.get(req);
    if (!batch) {
      const keys = new Set<string>();
      const result = new Promise<Map<string, V>>((resolve, reject) => {
        setImmediate(() => {
          pending.delete(req);
          load([...keys], req).then(resolve, reject);
        });
      });
      batch = { keys, result };
      pending.set(req, batch);
    }
    batch.keys.add(key);
    return batch.result.then((m) => m.get(key));
  };
}
