// 分配规则: the rules in the order they are tried, their editor, a dry run for one lead, and
// reps' absences. Admins change rules; managers and directors read them (and manage absences).
import { PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Col, Row, Space, Typography } from "antd";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { useAuth } from "../../../auth/AuthProvider";
import { useT } from "../../../i18n";
import { mayEditRouting } from "../access";
import { captureMessages } from "../messages";
import { moveTo } from "../order";
import { DELETE_ROUTING_RULE, REORDER_ROUTING_RULES, ROUTING_RULES, UPDATE_ROUTING_RULE } from "../queries";
import { useMutationReport } from "../useMutationReport";
import { ruleToValues, type RoutingRuleRow, valuesToInput } from "../routingRule";
import { AbsencesCard } from "./AbsencesCard";
import { PreviewCard } from "./PreviewCard";
import { RuleList } from "./RuleList";
import { RuleModal } from "./RuleModal";

export function RoutingPage() {
  const t = useT(captureMessages);
  const { can } = useAuth();
  const { message } = App.useApp();
  const editable = mayEditRouting(can);
  const [{ data, fetching, error }, refetch] = useQuery({ query: ROUTING_RULES });
  const [, reorder] = useMutation(REORDER_ROUTING_RULES);
  const [, update] = useMutation(UPDATE_ROUTING_RULE);
  const [, remove] = useMutation(DELETE_ROUTING_RULE);
  const [editing, setEditing] = useState<RoutingRuleRow | "new" | null>(null);
  const rules = data?.routingRules ?? [];
  const refresh = () => refetch({ requestPolicy: "network-only" });

  const report = useMutationReport(refresh);

  async function move(from: number, to: number) {
    const ids = moveTo(rules.map((r) => r.id), from, to);
    const result = await reorder({ input: { ids } });
    report(result.error, result.data?.reorderRoutingRules.userErrors ?? [], t("reordered"));
  }

  async function toggle(rule: RoutingRuleRow, enabled: boolean) {
    const result = await update({ input: { id: rule.id, ...valuesToInput({ ...ruleToValues(rule), enabled }) } });
    report(result.error, result.data?.updateRoutingRule.userErrors ?? [], t("saved"));
  }

  async function destroy(rule: RoutingRuleRow) {
    const result = await remove({ input: { id: rule.id } });
    report(result.error, result.data?.deleteRoutingRule.userErrors ?? [], t("deleted"));
  }

  return (
    <div data-testid="routing-page">
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 8 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t("routingTitle")}</Typography.Title>
        {editable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="new-rule">{t("newRule")}</Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary">{t("routingHint")}</Typography.Paragraph>
      {!editable && <Alert type="info" showIcon title={t("readOnlyRules")} style={{ marginBottom: 12 }} />}
      {error && <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} style={{ marginBottom: 12 }} />}
      <RuleList rules={rules} loading={fetching} editable={editable} onMove={move} onToggle={toggle} onEdit={setEditing} onDelete={destroy} />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={14}>
          <PreviewCard />
        </Col>
        <Col xs={24} lg={10}>
          <AbsencesCard mayManage={can("lead", "assign")} />
        </Col>
      </Row>
      {editing && (
        <RuleModal
          rule={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            message.success(t("saved"));
            setEditing(null);
            refresh();
          }}
        />
      )}
    </div>
  );
}
