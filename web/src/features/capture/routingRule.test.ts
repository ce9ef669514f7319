import { describe, expect, it } from "vitest";

import { conditionParts, EMPTY_RULE, ruleToValues, valuesToInput, type RoutingRuleRow } from "./routingRule";

const rule: RoutingRuleRow = {
  id: "Um91dGluZ1J1bGU6MQ==",
  name: "华南区网站线索",
  position: 1,
  enabled: true,
  action: "ROUND_ROBIN",
  includeSubTeams: false,
  memberCapacity: 50,
  followUpHours: 4,
  conditions: { sources: ["WEB_FORM"], provinces: ["广东"], cities: [], productInterests: [], tags: [], campaigns: [], scoreMin: 60, scoreMax: null },
  user: null,
  team: null,
  members: [
    { position: 0, capacity: 20, user: { id: "VXNlcjox", displayName: "刘洋" } },
    { position: 1, capacity: null, user: { id: "VXNlcjoy", displayName: "陈静" } },
  ],
};

describe("valuesToInput", () => {
  it("sends a listed rule's members in order with their capacities, and no team or rep", () => {
    const input = valuesToInput(ruleToValues(rule));
    expect(input.members).toEqual([
      { userId: "VXNlcjox", capacity: 20 },
      { userId: "VXNlcjoy", capacity: null },
    ]);
    expect(input.teamId).toBeNull();
    expect(input.userId).toBeNull();
    expect(input.conditions).toMatchObject({ sources: ["WEB_FORM"], provinces: ["广东"], scoreMin: 60, scoreMax: null });
    expect(input.followUpHours).toBe(4);
  });

  it("sends only the rep for a USER rule, even if members were entered before switching", () => {
    const input = valuesToInput({ ...EMPTY_RULE, name: " 网站线索给刘洋 ", action: "USER", userId: "VXNlcjox", members: [{ userId: "VXNlcjoy" }], memberCapacity: 9 });
    expect(input).toMatchObject({ name: "网站线索给刘洋", userId: "VXNlcjox", members: null, teamId: null, memberCapacity: null });
  });

  it("sends the team and its sub-teams for a team rule", () => {
    const input = valuesToInput({ ...EMPTY_RULE, name: "x", action: "LOAD_BALANCE", memberMode: "team", teamId: "VGVhbTox", includeSubTeams: true, members: [{ userId: "VXNlcjox" }] });
    expect(input).toMatchObject({ teamId: "VGVhbTox", includeSubTeams: true, members: null, userId: null });
  });
});

describe("conditionParts", () => {
  it("lists only the conditions set", () => {
    expect(conditionParts(rule.conditions)).toEqual([
      { kind: "sources", values: ["WEB_FORM"] },
      { kind: "provinces", values: ["广东"] },
      { kind: "score", min: 60, max: null },
    ]);
    expect(conditionParts(EMPTY_RULE as unknown as RoutingRuleRow["conditions"])).toEqual([]);
  });
});
