// How a rule reads in a list: its conditions as tags, its action in a line.
import { Space, Tag, Typography } from "antd";

import type { CaptureT } from "../messages";
import { conditionParts, type RoutingRuleRow } from "../routingRule";

export function RuleConditions({ rule, t }: { rule: RoutingRuleRow; t: CaptureT }) {
  const parts = conditionParts(rule.conditions);
  if (parts.length === 0) return <Typography.Text type="secondary">{t("anyLead")}</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {parts.map((part) => {
        const text =
          part.kind === "score"
            ? `${t("score")}: ${t("scoreRange", { min: part.min ?? "0", max: part.max ?? "∞" })}`
            : part.kind === "sources"
              ? `${t("sources")}: ${part.values.map((s) => t(s)).join("、")}`
              : `${t(part.kind === "tags" ? "tagsLabel" : part.kind)}: ${part.values.join("、")}`;
        return <Tag key={part.kind}>{text}</Tag>;
      })}
    </Space>
  );
}

export function ruleActionText(rule: RoutingRuleRow, t: CaptureT): string {
  if (rule.action === "USER") return `${t("USER")}：${rule.user?.displayName ?? t("none")}`;
  const who = rule.team
    ? rule.includeSubTeams
      ? t("teamWithSubs", { team: rule.team.name })
      : t("teamOf", { team: rule.team.name })
    : rule.members.map((m) => (m.capacity != null ? `${m.user?.displayName ?? "?"}（≤${m.capacity}）` : (m.user?.displayName ?? "?"))).join("、");
  const cap = rule.memberCapacity != null ? ` · ${t("memberCapacity")} ${rule.memberCapacity}` : "";
  return `${t(rule.action)}：${who}${cap}`;
}
