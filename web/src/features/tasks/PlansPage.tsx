// 跟进计划: the templates (cadences of steps) with how their runs went, kept by managers and
// admins; applying one to a lead, customer or deal; and the runs below.
import { PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Checkbox, Col, Empty, Row, Space, Spin, Tag, Typography } from "antd";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import { useT } from "../../i18n";
import { ApplyPlanModal } from "./ApplyPlanModal";
import { taskMessages } from "./messages";
import { PlanRuns } from "./PlanRuns";
import { PLAN_TEMPLATES, UPDATE_PLAN_TEMPLATE } from "./queries";
import { problems } from "./shared";
import { TasksTabs } from "./TasksTabs";
import { type PlanTemplate, TemplateFormModal } from "./TemplateFormModal";

function percent(rate: number | null | undefined): string {
  return rate == null ? "—" : `${Math.round(rate * 100)}%`;
}

export function PlansPage() {
  const t = useT(taskMessages);
  const { can } = useAuth();
  const { message } = App.useApp();
  const mayKeep = can("task", "assign");
  const mayApply = can("task", "create");
  const [includeArchived, setIncludeArchived] = useState(false);
  const [{ data, fetching, error }, refetch] = useQuery({ query: PLAN_TEMPLATES, variables: { includeArchived } });
  const [, update] = useMutation(UPDATE_PLAN_TEMPLATE);
  const [editing, setEditing] = useState<PlanTemplate | "new" | null>(null);
  const [applying, setApplying] = useState<string | "any" | null>(null);
  const [runsVersion, setRunsVersion] = useState(0);
  const templates = data?.followUpPlanTemplates ?? [];
  const refresh = () => refetch({ requestPolicy: "network-only" });

  const toggleArchived = async (template: PlanTemplate) => {
    const result = await update({ input: { id: template.id, archived: !template.archived } });
    const errors = problems(t, result.error, result.data?.updateFollowUpPlanTemplate.userErrors);
    if (errors.length > 0) message.error(errors.join("；"));
    else {
      message.success(t("saved"));
      refresh();
    }
  };

  return (
    <div data-testid="tasks-plans">
      <TasksTabs />
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 12 }} wrap>
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>{t("plans")}</Typography.Title>
          <Checkbox checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)}>{t("showArchived")}</Checkbox>
        </Space>
        <Space wrap>
          {mayApply && templates.length > 0 && <Button onClick={() => setApplying("any")} data-testid="apply-plan">{t("applyPlan")}</Button>}
          {mayKeep && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="create-template">{t("newTemplate")}</Button>}
        </Space>
      </Space>
      {!mayKeep && <Typography.Paragraph type="secondary">{t("templatesNeedAssign")}</Typography.Paragraph>}
      {error && <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} style={{ marginBottom: 12 }} />}
      <Spin spinning={fetching}>
        {templates.length === 0 && !fetching && <Empty description={t("noTemplates")} />}
        <Row gutter={[12, 12]} style={{ marginBottom: 24 }}>
          {templates.map((template) => (
            <Col key={template.id} xs={24} md={12} xl={8}>
              <Card
                size="small"
                data-testid={`template-${template.name}`}
                title={<Space size={4} wrap>{template.name}{template.archived && <Tag>{t("archived")}</Tag>}</Space>}
                actions={[
                  ...(mayApply && !template.archived ? [<Button key="apply" type="link" size="small" onClick={() => setApplying(template.id)}>{t("apply")}</Button>] : []),
                  ...(mayKeep ? [<Button key="edit" type="link" size="small" onClick={() => setEditing(template)}>{t("editTemplate")}</Button>] : []),
                  ...(mayKeep ? [<Button key="archive" type="link" size="small" onClick={() => toggleArchived(template)}>{t(template.archived ? "unarchive" : "archive")}</Button>] : []),
                ]}
              >
                {template.description && <Typography.Paragraph type="secondary">{template.description}</Typography.Paragraph>}
                <ol style={{ paddingInlineStart: 20, margin: 0 }}>
                  {template.steps.map((step, index) => (
                    <li key={index}>
                      {t("dayN", { day: step.dayOffset })} · {t(step.method)}
                      {step.timeOfDay ? ` ${step.timeOfDay.slice(0, 5)}` : ""}
                      {step.outline ? ` · ${step.outline}` : ""}
                    </li>
                  ))}
                </ol>
                <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                  {t("stats", { runs: template.stats.runs, active: template.stats.active, completed: template.stats.completed, cancelled: template.stats.cancelled })} · {t("completionRate")} {percent(template.stats.completionRate)} · {t("successRate")} {percent(template.stats.successRate)}
                </Typography.Paragraph>
              </Card>
            </Col>
          ))}
        </Row>
      </Spin>
      <PlanRuns templates={templates} version={runsVersion} />
      {editing && (
        <TemplateFormModal
          template={editing === "new" ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(text) => {
            message.success(text);
            setEditing(null);
            refresh();
          }}
        />
      )}
      {applying && (
        <ApplyPlanModal
          templates={templates}
          templateId={applying === "any" ? undefined : applying}
          onClose={() => setApplying(null)}
          onApplied={(text) => {
            message.success(text);
            setApplying(null);
            refresh();
            setRunsVersion((v) => v + 1);
          }}
        />
      )}
    </div>
  );
}
