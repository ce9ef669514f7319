// 计划执行: the runs of the follow-up plans the reader may see, newest first, each with its steps,
// their tasks and what happened; a running plan's pending steps can be skipped or rescheduled, a
// step added, the plan stopped.
import { Alert, App, Button, Card, Empty, Grid, List, Select, Space, Spin, Table, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import { useQuery } from "urql";

import { CursorPager } from "../../components/CursorPager";
import { useCursorPages } from "../../components/useCursorPages";
import { useAuth } from "../../auth/AuthProvider";
import type { FollowUpPlanStatus, PlanRunFieldsFragment } from "../../gql/graphql";
import { useT } from "../../i18n";
import { type TaskMessageKey, taskMessages } from "./messages";
import { PLAN_RUNS } from "./queries";
import { RunActionModal, type RunAction } from "./RunActionModal";
import { subjectLabel, useZone } from "./shared";
import type { PlanTemplate } from "./TemplateFormModal";
import { formatDue } from "./time";

type Run = PlanRunFieldsFragment;
type Step = Run["steps"][number];
const RUN_COLORS = { ACTIVE: "processing", COMPLETED: "success", CANCELLED: "default" } as const;
const STEP_COLORS = { PENDING: "processing", DONE: "success", SKIPPED: "default" } as const;

export function PlanRuns({ templates, version }: { templates: PlanTemplate[]; version: number }) {
  const t = useT(taskMessages);
  const zone = useZone();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [status, setStatus] = useState<FollowUpPlanStatus | null>(null);
  const pages = useCursorPages();
  const [action, setAction] = useState<{ run: Run; action: RunAction } | null>(null);
  const filter = templateId || status ? { templateId, status } : null;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PLAN_RUNS,
    variables: { first: 10, after: pages.after, filter },
  });
  // A plan applied on the page above: read the runs again.
  useEffect(() => {
    if (version > 0) refetch({ requestPolicy: "network-only" });
  }, [version, refetch]);
  const runs = data?.followUpPlanRuns.nodes ?? [];
  const mayChange = can("task", "update");
  const isPhone = Grid.useBreakpoint().md === false;

  const stepColumns = (run: Run) => [
    { key: "day", title: t("dayOffset"), render: (_: unknown, s: Step) => t("dayN", { day: s.dayOffset }) },
    { key: "method", title: t("method"), render: (_: unknown, s: Step) => t(s.method) },
    { key: "task", title: t("taskTitle"), render: (_: unknown, s: Step) => s.task?.title ?? s.outline },
    {
      key: "due",
      title: t("due"),
      render: (_: unknown, s: Step) => <Typography.Text type={s.task?.isOverdue ? "danger" : undefined}>{formatDue(s.task?.dueAt, zone)}</Typography.Text>,
    },
    {
      key: "status",
      title: t("status"),
      render: (_: unknown, s: Step) => (
        <Space size={4} wrap>
          <Tag color={STEP_COLORS[s.status]}>{t(s.status)}</Tag>
          {s.outcome && <Typography.Text type="secondary">{s.outcome}</Typography.Text>}
        </Space>
      ),
    },
    {
      key: "actions",
      title: t("actions"),
      render: (_: unknown, s: Step) =>
        mayChange && run.status === "ACTIVE" && s.status === "PENDING" ? (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setAction({ run, action: { kind: "reschedule", stepId: s.id } })}>{t("reschedule")}</Button>
            <Button type="link" size="small" onClick={() => setAction({ run, action: { kind: "skip", stepId: s.id } })}>{t("skip")}</Button>
          </Space>
        ) : null,
    },
  ];

  return (
    <div data-testid="plan-runs">
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{t("runs")}</Typography.Title>
        <Select
          allowClear
          aria-label={t("template")}
          placeholder={t("template")}
          style={{ width: 200 }}
          value={templateId ?? undefined}
          onChange={(v?: string) => { setTemplateId(v ?? null); pages.reset(); }}
          options={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
        />
        <Select
          allowClear
          aria-label={t("runStatus")}
          placeholder={t("runStatus")}
          style={{ width: 140 }}
          value={status ?? undefined}
          onChange={(v?: FollowUpPlanStatus) => { setStatus(v ?? null); pages.reset(); }}
          options={(["ACTIVE", "COMPLETED", "CANCELLED"] as const).map((s) => ({ value: s, label: t(s) }))}
        />
      </Space>
      {error && <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} style={{ marginBottom: 12 }} />}
      <Spin spinning={fetching}>
        {runs.length === 0 && !fetching && <Empty description={t("noRuns")} />}
        <Space orientation="vertical" style={{ width: "100%" }}>
          {runs.map((run) => (
            <Card
              key={run.id}
              size="small"
              data-testid={`plan-run-${subjectLabel(run.subject) ?? run.id}`}
              title={
                <Space wrap size={4}>
                  <span>{run.name}</span>
                  <Tag color={RUN_COLORS[run.status]}>{t(run.status)}</Tag>
                </Space>
              }
              extra={
                mayChange && run.status === "ACTIVE" ? (
                  <Space size={0} wrap>
                    <Button type="link" size="small" onClick={() => setAction({ run, action: { kind: "add" } })}>{t("addStep")}</Button>
                    <Button type="link" size="small" danger onClick={() => setAction({ run, action: { kind: "cancel" } })}>{t("cancelPlan")}</Button>
                  </Space>
                ) : null
              }
            >
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                {[
                  run.subject ? `${t(run.subject.__typename as TaskMessageKey)} · ${subjectLabel(run.subject)}` : t("noSubject"),
                  run.assignee?.displayName,
                  t("started", { date: formatDue(run.startAt, zone).slice(0, 10) }),
                ].filter(Boolean).join(" · ")}
              </Typography.Paragraph>
              {isPhone ? (
                <List<Step>
                  size="small"
                  dataSource={run.steps}
                  renderItem={(s) => {
                    const columns = stepColumns(run);
                    const cell = (key: string) => columns.find((c) => c.key === key)!.render(undefined, s);
                    return (
                      <List.Item style={{ display: "block", paddingInline: 0 }} data-testid={`plan-step-${s.position}`}>
                        <div>{cell("day")} · {cell("method")} · {cell("task")}</div>
                        <Space wrap size={4}>{cell("due")}{cell("status")}{cell("actions")}</Space>
                      </List.Item>
                    );
                  }}
                />
              ) : (
                <Table<Step> rowKey="id" size="small" pagination={false} dataSource={run.steps} columns={stepColumns(run)} scroll={{ x: "max-content" }} />
              )}
            </Card>
          ))}
        </Space>
      </Spin>
      <CursorPager pages={pages} connection={data?.followUpPlanRuns} />
      {action && (
        <RunActionModal
          run={action.run}
          action={action.action}
          onClose={() => setAction(null)}
          onDone={(text) => {
            message.success(text);
            setAction(null);
            refetch({ requestPolicy: "network-only" });
          }}
        />
      )}
    </div>
  );
}
