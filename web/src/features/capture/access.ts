// What each capture screen needs from the role (docs/api.md): routing rules are read with
// `setting: read` or `lead: assign` and changed by admins (`setting`); scoring rules are read by
// whoever reads leads and changed with `setting: update`; web forms live under `campaign`.
export type Can = (objectType: string, action: string) => boolean;

export type CaptureTab = "routing" | "scoring" | "forms";

export function visibleTabs(can: Can): CaptureTab[] {
  const tabs: CaptureTab[] = [];
  if (can("setting", "read") || can("lead", "assign")) tabs.push("routing");
  if (can("lead", "read")) tabs.push("scoring");
  if (can("campaign", "read")) tabs.push("forms");
  return tabs;
}

export const mayEditRouting = (can: Can) => can("setting", "update");
export const mayEditScoring = (can: Can) => can("setting", "update");
export const mayEditForms = (can: Can) => can("campaign", "update");
