/**
 * JSON nested deeper than this is refused before validation: the schemas (and the driver after them)
 * walk values recursively, and a body of a few hundred kilobytes of brackets would exhaust the stack.
 * No real request comes close; Cypher parameters a person types are a few levels deep.
 */
export const MAX_JSON_DEPTH = 64;

/** True when `value` holds arrays or objects nested more than `limit` levels deep; walks without recursion. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [current, depth] = item;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}
