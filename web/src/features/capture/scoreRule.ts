// Scoring rules: which operators each lead field takes, and how many values each operator
// needs (as docs/api.md's table and the API's SCORE_RULE_* codes say).
import type { LeadScoreField, LeadScoreOperator, LeadSource } from "../../gql/graphql";

export const SCORE_FIELDS: LeadScoreField[] = [
  "INDUSTRY", "PROVINCE", "CITY", "SOURCE", "CAMPAIGN", "TITLE", "COMPANY", "PRIORITY",
  "PRODUCT_INTERESTS", "SERVICE_NEEDS", "TAGS", "HAS_PHONE", "HAS_EMAIL", "HAS_WECHAT",
];

export const BUILTIN_EVENTS = ["form_submitted", "wechat_message", "wechat_scan", "event_attended"];

export const SOURCES: LeadSource[] = ["WEB_FORM", "WECHAT", "WEIBO", "SOCIAL", "EVENT", "IMPORT", "API", "MANUAL"];
export const PRIORITIES = ["HIGH", "MEDIUM", "LOW"] as const;

export function operatorsFor(field: LeadScoreField | undefined): LeadScoreOperator[] {
  switch (field) {
    case undefined:
      return [];
    case "SOURCE":
    case "PRIORITY":
      return ["EQUALS", "ONE_OF"];
    case "PRODUCT_INTERESTS":
    case "SERVICE_NEEDS":
    case "TAGS":
      return ["CONTAINS", "ONE_OF", "IS_SET"];
    case "HAS_PHONE":
    case "HAS_EMAIL":
    case "HAS_WECHAT":
      return ["IS_SET"];
    default:
      return ["EQUALS", "ONE_OF", "CONTAINS", "IS_SET"];
  }
}

/** How many values the operator takes: none, exactly one, or one to fifty. */
export function valueCount(operator: LeadScoreOperator | undefined): "none" | "one" | "many" {
  if (!operator || operator === "IS_SET") return "none";
  return operator === "ONE_OF" ? "many" : "one";
}

/** The values a field compares with, when they are a fixed list (the API's stored spelling). */
export function fixedValues(field: LeadScoreField | undefined): string[] | null {
  if (field === "SOURCE") return SOURCES.map((s) => s.toLowerCase());
  if (field === "PRIORITY") return PRIORITIES.map((p) => p.toLowerCase());
  return null;
}

/** Points with their sign, as a list shows them: +20, −5. */
export function signedPoints(points: number): string {
  return points > 0 ? `+${points}` : `−${Math.abs(points)}`;
}
