/**
 * Appends every item of `items` to `target` and returns `target`. Unlike `target.push(...items)`,
 * which passes each item as an argument and overflows the call stack at a few hundred thousand,
 * it takes arrays of any length (data sets, query results).
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
