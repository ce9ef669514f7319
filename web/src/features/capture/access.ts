// What each capture screen needs from the role (docs/api.md): routing rules are read with
// `setting: read` or `lead: assign` and changed by admins (`setting`); scoring rules are read by
// whoever reads leads and changed with `setting: update`; web forms, offline events, webhook
// sources and WeChat accounts live under `campaign` (entering an event's leads needs `lead: create`).
export type Can = (objectType: string, action: string) => boolean;

export type CaptureTab = "routing" | "scoring" | "forms" | "events" | "webhooks" | "wechat";

export function visibleTabs(can: Can): CaptureTab[] {
  const tabs: CaptureTab[] = [];
  if (can("setting", "read") || can("lead", "assign")) tabs.push("routing");
  if (can("lead", "read")) tabs.push("scoring");
  if (can("campaign", "read")) tabs.push("forms", "events", "webhooks", "wechat");
  return tabs;
}

export const mayEditRouting = (can: Can) => can("setting", "update");
export const mayEditScoring = (can: Can) => can("setting", "update");
export const mayEditForms = (can: Can) => can("campaign", "update");
