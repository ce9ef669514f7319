// The sections of 设置 and who sees each: everyone keeps their own preferences and look; the
// administration screens appear only for a role that may use them (the API refuses anyway).
export type SectionKey = "profile" | "appearance" | "users" | "teams" | "roles" | "audit";

export type Can = (objectType: string, action: string) => boolean;

interface Section {
  key: SectionKey;
  allowed: (can: Can) => boolean;
}

export const SECTIONS: Section[] = [
  { key: "profile", allowed: () => true },
  { key: "appearance", allowed: () => true },
  { key: "users", allowed: (can) => can("user", "create") || can("user", "update") || can("user", "assign") },
  { key: "teams", allowed: (can) => can("team", "read") },
  { key: "roles", allowed: (can) => can("role", "read") },
  { key: "audit", allowed: (can) => can("audit", "read") },
];

export function visibleSections(can: Can): SectionKey[] {
  return SECTIONS.filter((section) => section.allowed(can)).map((section) => section.key);
}

/** The section a settings path shows (`/settings/roles/…` → roles), or null for /settings. */
export function sectionOf(pathname: string): SectionKey | null {
  const part = pathname.replace(/^\/settings\/?/, "").split("/")[0];
  return SECTIONS.some((section) => section.key === part) ? (part as SectionKey) : null;
}
