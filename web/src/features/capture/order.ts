// Moving one item of an ordered list: routing rules (tried first to last) and form fields.

/** The item moved one place up (-1) or down (+1); the same list when it cannot move. */
export function move<T>(items: T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return items;
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** The item moved to the first place. */
export function moveToTop<T>(items: T[], index: number): T[] {
  if (index <= 0 || index >= items.length) return items;
  return [items[index]!, ...items.slice(0, index), ...items.slice(index + 1)];
}

/** The item at `from` dropped at `to` (a drag and drop). */
export function moveTo<T>(items: T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return items;
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}
