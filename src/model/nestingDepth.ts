/**
 * Whether a parsed JSON value nests objects and arrays deeper than `limit`, walked without recursion (a
 * recursive walk, JSON.stringify or structuredClone of 100 000 levels overflows the stack).
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= limit) return true;
    for (const child of Object.values(item.value)) {
      if (child !== null && typeof child === 'object') pending.push({ value: child, depth: item.depth + 1 });
    }
  }
  return false;
}
