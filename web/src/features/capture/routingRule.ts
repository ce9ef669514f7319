// A routing rule as the editor holds it, and as the API takes it. Members are either a team
// (its active users; sub-teams optional) or a list of reps in round-robin order, each with an
// optional capacity; a USER rule names one rep.
import type { LeadSource, RoutingAction, RoutingRulesQuery, UpdateRoutingRuleInput } from "../../gql/graphql";

export type RoutingRuleRow = RoutingRulesQuery["routingRules"][number];

export interface RuleValues {
  name: string;
  enabled: boolean;
  sources: LeadSource[];
  provinces: string[];
  cities: string[];
  productInterests: string[];
  tags: string[];
  campaigns: string[];
  scoreMin: number | null;
  scoreMax: number | null;
  action: RoutingAction;
  userId?: string;
  memberMode: "team" | "list";
  teamId?: string;
  includeSubTeams: boolean;
  members: { userId?: string; capacity?: number | null }[];
  memberCapacity: number | null;
  followUpHours: number | null;
}

export const EMPTY_RULE: RuleValues = {
  name: "",
  enabled: true,
  sources: [],
  provinces: [],
  cities: [],
  productInterests: [],
  tags: [],
  campaigns: [],
  scoreMin: null,
  scoreMax: null,
  action: "USER",
  memberMode: "list",
  includeSubTeams: false,
  members: [],
  memberCapacity: null,
  followUpHours: null,
};

export function ruleToValues(rule: RoutingRuleRow): RuleValues {
  const c = rule.conditions;
  return {
    name: rule.name,
    enabled: rule.enabled,
    sources: c.sources,
    provinces: c.provinces,
    cities: c.cities,
    productInterests: c.productInterests,
    tags: c.tags,
    campaigns: c.campaigns,
    scoreMin: c.scoreMin ?? null,
    scoreMax: c.scoreMax ?? null,
    action: rule.action,
    userId: rule.user?.id,
    memberMode: rule.team ? "team" : "list",
    teamId: rule.team?.id,
    includeSubTeams: rule.includeSubTeams,
    members: rule.members.map((m) => ({ userId: m.user?.id, capacity: m.capacity ?? null })),
    memberCapacity: rule.memberCapacity ?? null,
    followUpHours: rule.followUpHours ?? null,
  };
}

/** The whole rule for create (no id) or update; only what its action uses. */
export function valuesToInput(values: RuleValues): Omit<UpdateRoutingRuleInput, "id"> {
  const byUser = values.action === "USER";
  const byTeam = !byUser && values.memberMode === "team";
  return {
    name: values.name.trim(),
    enabled: values.enabled,
    action: values.action,
    conditions: {
      sources: values.sources,
      provinces: values.provinces,
      cities: values.cities,
      productInterests: values.productInterests,
      tags: values.tags,
      campaigns: values.campaigns,
      scoreMin: values.scoreMin ?? null,
      scoreMax: values.scoreMax ?? null,
    },
    userId: byUser ? (values.userId ?? null) : null,
    teamId: byTeam ? (values.teamId ?? null) : null,
    includeSubTeams: byTeam && values.includeSubTeams,
    members:
      byUser || byTeam
        ? null
        : values.members
            .filter((m): m is { userId: string; capacity?: number | null } => Boolean(m.userId))
            .map((m) => ({ userId: m.userId, capacity: m.capacity ?? null })),
    memberCapacity: byUser ? null : (values.memberCapacity ?? null),
    followUpHours: values.followUpHours ?? null,
  };
}

export type ConditionPart =
  | { kind: "sources"; values: LeadSource[] }
  | { kind: "provinces" | "cities" | "productInterests" | "tags" | "campaigns"; values: string[] }
  | { kind: "score"; min: number | null; max: number | null };

/** The conditions a rule sets, in the editor's order; none: it takes every lead. */
export function conditionParts(c: RoutingRuleRow["conditions"]): ConditionPart[] {
  const parts: ConditionPart[] = [];
  if (c.sources.length) parts.push({ kind: "sources", values: c.sources });
  for (const kind of ["provinces", "cities", "productInterests", "tags", "campaigns"] as const) {
    if (c[kind].length) parts.push({ kind, values: c[kind] });
  }
  if (c.scoreMin != null || c.scoreMax != null) parts.push({ kind: "score", min: c.scoreMin ?? null, max: c.scoreMax ?? null });
  return parts;
}
