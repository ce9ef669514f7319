/**
 * Three-way merge of the fields a rep changed offline, against what the server holds now.
 *
 * `base` is each field as the rep saw it when editing, `mine` what they typed, `theirs` the
 * server's value at replay. A field the server did not touch meanwhile is sent; one the server
 * already holds as the rep wants is dropped; one both changed differently is a conflict for the
 * rep to settle (neither value is thrown away).
 */
export interface FieldConflict {
  field: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

export interface MergeResult {
  send: Record<string, unknown>;
  conflicts: FieldConflict[];
}

export function sameValue(a: unknown, b: unknown): boolean {
  const normal = (value: unknown) => (value === undefined || value === "" ? null : value);
  return JSON.stringify(normal(a)) === JSON.stringify(normal(b));
}

export function mergeFields(
  base: Record<string, unknown>,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
): MergeResult {
  const send: Record<string, unknown> = {};
  const conflicts: FieldConflict[] = [];
  for (const [field, value] of Object.entries(mine)) {
    if (sameValue(theirs[field], value)) continue;
    if (sameValue(theirs[field], base[field])) send[field] = value;
    else conflicts.push({ field, base: base[field], mine: value, theirs: theirs[field] });
  }
  return { send, conflicts };
}
