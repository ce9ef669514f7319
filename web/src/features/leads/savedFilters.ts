// 保存的筛选: the list's filters, sort and columns kept under a name in this browser (the API has
// no saved views), picked again later. What storage holds is checked when read: an entry from an
// older console (a removed column, a missing key) still applies what it can.
import { type LeadListState, INITIAL_STATE, PAGE_SIZES } from "./filters";
import { COLUMN_KEYS, type ColumnKey, DEFAULT_COLUMNS } from "./leadColumns";

export const SAVED_FILTERS_KEY = "junlite.leads.savedFilters";

export interface SavedFilter {
  name: string;
  state: LeadListState;
  columns: ColumnKey[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function readState(value: unknown): LeadListState {
  const raw = isRecord(value) ? value : {};
  const pageSize = PAGE_SIZES.find((size) => size === raw.pageSize) ?? INITIAL_STATE.pageSize;
  return {
    search: typeof raw.search === "string" ? raw.search : "",
    statuses: stringList(raw.statuses) as LeadListState["statuses"],
    sources: stringList(raw.sources) as LeadListState["sources"],
    owner: typeof raw.owner === "string" ? raw.owner : null,
    orderBy: typeof raw.orderBy === "string" ? (raw.orderBy as LeadListState["orderBy"]) : INITIAL_STATE.orderBy,
    descending: typeof raw.descending === "boolean" ? raw.descending : null,
    pageSize,
  };
}

/** The saved filters in storage, by name; unreadable entries are dropped. */
export function parseSavedFilters(stored: string | null): SavedFilter[] {
  if (!stored) return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(isRecord).flatMap((entry) => {
      if (typeof entry.name !== "string" || !entry.name.trim()) return [];
      const columns = COLUMN_KEYS.filter((key) => stringList(entry.columns).includes(key));
      return [{ name: entry.name, state: readState(entry.state), columns: columns.length > 0 ? columns : [...DEFAULT_COLUMNS] }];
    });
  } catch {
    return [];
  }
}

/** The list with this one added, replacing a saved filter of the same name, sorted by name. */
export function withSaved(list: SavedFilter[], entry: SavedFilter): SavedFilter[] {
  const name = entry.name.trim();
  return [...list.filter((f) => f.name !== name), { ...entry, name }].sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
}

export function withoutSaved(list: SavedFilter[], name: string): SavedFilter[] {
  return list.filter((f) => f.name !== name);
}

export function loadSavedFilters(storage: Storage = localStorage): SavedFilter[] {
  return parseSavedFilters(storage.getItem(SAVED_FILTERS_KEY));
}

export function storeSavedFilters(list: SavedFilter[], storage: Storage = localStorage): void {
  storage.setItem(SAVED_FILTERS_KEY, JSON.stringify(list));
}
