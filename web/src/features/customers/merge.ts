// The merge screen's choices: for each field, keep the survivor's value or take the merged
// customer's. `takeFromMerged` names only the fields where the user chose the merged one and the
// values differ (taking an equal value changes nothing).

export const MERGE_FIELDS = [
  "name", "kind", "industry", "size", "province", "city", "district", "address", "level", "source",
  "channel", "lifecycle", "notes", "phone", "email", "idCardNumber", "bankCardNumber",
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export type MergeSide = Partial<Record<MergeField, string | null>>;
export type Choices = Partial<Record<MergeField, "survivor" | "merged">>;

export function sameValue(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? "") === (b ?? "");
}

/** The fields whose values differ between the two: the only ones worth a choice. */
export function differingFields(survivor: MergeSide, merged: MergeSide): MergeField[] {
  return MERGE_FIELDS.filter((field) => !sameValue(survivor[field], merged[field]));
}

/** A sensible start: keep the survivor's value, but fill its empty fields from the merged one. */
export function defaultChoices(survivor: MergeSide, merged: MergeSide): Choices {
  const choices: Choices = {};
  for (const field of differingFields(survivor, merged)) {
    choices[field] = !survivor[field] && merged[field] ? "merged" : "survivor";
  }
  return choices;
}

export function takeFromMerged(survivor: MergeSide, merged: MergeSide, choices: Choices): MergeField[] {
  return differingFields(survivor, merged).filter((field) => choices[field] === "merged");
}
