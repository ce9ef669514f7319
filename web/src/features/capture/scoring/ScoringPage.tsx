// 评分规则: field-condition and behaviour-event rules with their points, and the decay settings.
// Anyone who reads leads sees them; admins change them.
import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Col, Grid, Popconfirm, Row, Space, Switch, Tag, Typography } from "antd";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { useAuth } from "../../../auth/AuthProvider";
import { useT } from "../../../i18n";
import { mayEditScoring } from "../access";
import { RecordList } from "../../../components/RecordList";
import { captureMessages, type CaptureMessageKey, type CaptureT } from "../messages";
import { DELETE_SCORE_RULE, SCORE_RULES, UPDATE_SCORE_RULE } from "../queries";
import { useMutationReport } from "../useMutationReport";
import { signedPoints } from "../scoreRule";
import { DecayCard } from "./DecayCard";
import { ScoreRuleModal, type ScoreRuleRow } from "./ScoreRuleModal";

function condition(rule: ScoreRuleRow, t: CaptureT): string {
  if (rule.kind === "EVENT") {
    const caps = [rule.maxCount != null ? t("capSummary", { count: rule.maxCount }) : null, rule.maxPerDay != null ? t("capPerDaySummary", { count: rule.maxPerDay }) : null].filter(Boolean);
    return [rule.eventKey, ...caps].join(" · ");
  }
  const values = rule.values.map((v) => (rule.field === "SOURCE" ? t(v.toUpperCase() as CaptureMessageKey) : rule.field === "PRIORITY" ? t(v as CaptureMessageKey) : v));
  return [rule.field ? t(rule.field) : "", rule.operator ? t(rule.operator) : "", values.join("、")].filter(Boolean).join(" ");
}

export function ScoringPage() {
  const t = useT(captureMessages);
  const { can } = useAuth();
  const { message } = App.useApp();
  const isPhone = Grid.useBreakpoint().md === false;
  const editable = mayEditScoring(can);
  const [{ data, fetching, error }, refetch] = useQuery({ query: SCORE_RULES });
  const [, update] = useMutation(UPDATE_SCORE_RULE);
  const [, remove] = useMutation(DELETE_SCORE_RULE);
  const [editing, setEditing] = useState<ScoreRuleRow | "new" | null>(null);
  const rules = data?.leadScoreRules ?? [];
  const refresh = () => refetch({ requestPolicy: "network-only" });

  const report = useMutationReport(refresh);
  const toggle = async (rule: ScoreRuleRow, active: boolean) => {
    const result = await update({ input: { id: rule.id, active } });
    report(result.error, result.data?.updateLeadScoreRule.userErrors ?? [], t("saved"));
  };
  const destroy = async (rule: ScoreRuleRow) => {
    const result = await remove({ input: { id: rule.id } });
    report(result.error, result.data?.deleteLeadScoreRule.userErrors ?? [], t("deleted"));
  };

  const kindTag = (rule: ScoreRuleRow) => <Tag color={rule.kind === "FIELD" ? "blue" : "purple"}>{rule.kind === "FIELD" ? t("FIELD") : t("EVENT_KIND")}</Tag>;
  const points = (rule: ScoreRuleRow) => <Typography.Text strong type={rule.points < 0 ? "danger" : "success"}>{signedPoints(rule.points)}</Typography.Text>;
  const activeSwitch = (rule: ScoreRuleRow) => <Switch size="small" checked={rule.active} disabled={!editable} aria-label={`${t("active")} ${rule.name}`} onChange={(on) => toggle(rule, on)} />;
  const controls = (rule: ScoreRuleRow) =>
    editable && (
      <Space size={2}>
        <Button size="small" type="text" icon={<EditOutlined />} aria-label={`${t("edit")} ${rule.name}`} onClick={() => setEditing(rule)} />
        <Popconfirm title={t("confirmDelete", { name: rule.name })} okText={t("delete")} cancelText={t("cancel")} onConfirm={() => destroy(rule)}>
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t("delete")} ${rule.name}`} />
        </Popconfirm>
      </Space>
    );

  return (
    <div data-testid="scoring-page">
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 8 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t("scoringTitle")}</Typography.Title>
        {editable && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="new-score-rule">{t("newScoreRule")}</Button>}
      </Space>
      <Typography.Paragraph type="secondary">{t("scoringHint")}</Typography.Paragraph>
      {!editable && <Alert type="info" showIcon title={t("readOnlyScoring")} style={{ marginBottom: 12 }} />}
      {error && <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} style={{ marginBottom: 12 }} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <RecordList<ScoreRuleRow>
            isPhone={isPhone}
            rows={rules}
            loading={fetching}
            emptyText={t("noScoreRules")}
            testId={(rule) => `score-rule-${rule.name}`}
            card={(rule) => ({
              title: <Space>{kindTag(rule)}{rule.name}</Space>,
              extra: activeSwitch(rule),
              body: (
                <>
                  <Space style={{ width: "100%", justifyContent: "space-between" }} wrap>
                    <span>{condition(rule, t)}</span>
                    {points(rule)}
                  </Space>
                  <div>{controls(rule)}</div>
                </>
              ),
            })}
            columns={[
                { title: t("ruleName"), dataIndex: "name", key: "name" },
                { title: t("kind"), key: "kind", render: (_v, rule) => kindTag(rule) },
                { title: t("conditions"), key: "condition", render: (_v, rule) => condition(rule, t) },
                { title: t("points"), key: "points", align: "right", render: (_v, rule) => points(rule) },
                { title: t("active"), key: "active", render: (_v, rule) => activeSwitch(rule) },
                { title: t("actions"), key: "actions", fixed: "right", render: (_v, rule) => controls(rule) },
            ]}
          />
        </Col>
        <Col xs={24} xl={8}>
          {data && <DecayCard settings={data.leadScoreSettings} editable={editable} onSaved={refresh} />}
        </Col>
      </Row>
      {editing && (
        <ScoreRuleModal
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
