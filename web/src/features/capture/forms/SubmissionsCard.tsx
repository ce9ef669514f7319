// 提交记录: accepted submissions, newest first, for one form or all; phone and e-mail answers
// come masked from the API.
import { Card, Empty, Grid, List, Select, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { Link } from "react-router";
import { useQuery } from "urql";

import type { LeadFormSubmissionsQuery } from "../../../gql/graphql";
import { useT } from "../../../i18n";
import { captureMessages } from "../messages";
import { FORM_SUBMISSIONS } from "../queries";
import { CursorPager } from "../../../components/CursorPager";
import { useCursorPages } from "../../../components/useCursorPages";

type Submission = LeadFormSubmissionsQuery["leadFormSubmissions"]["nodes"][number];

function answerText(answers: unknown): string {
  if (!answers || typeof answers !== "object") return "";
  return Object.entries(answers as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join("、") : String(value)}`)
    .join("；");
}

export function SubmissionsCard({ forms, formId, onFormChange }: { forms: { id: string; name: string }[]; formId?: string; onFormChange: (id?: string) => void }) {
  const t = useT(captureMessages);
  const isPhone = Grid.useBreakpoint().md === false;
  const pages = useCursorPages();
  const [{ data, fetching }] = useQuery({ query: FORM_SUBMISSIONS, variables: { first: 20, after: pages.after, formId: formId ?? null }, requestPolicy: "cache-and-network" });
  const connection = data?.leadFormSubmissions;
  const rows = connection?.nodes ?? [];
  const when = (s: Submission) => dayjs(s.createdAt).format("YYYY-MM-DD HH:mm");
  const leadCell = (s: Submission) => (
    <Space size={4} wrap>
      {s.lead ? <Link to={`/leads/${encodeURIComponent(s.lead.id)}`}>{s.lead.name}</Link> : t("none")}
      <Tag>{s.merged ? t("merged") : t("newLead")}</Tag>
    </Space>
  );

  return (
    <Card
      title={t("submissionsTitle")}
      data-testid="form-submissions"
      extra={
        <Select
          allowClear
          placeholder={t("allForms")}
          aria-label={t("allForms")}
          value={formId}
          onChange={(id?: string) => {
            onFormChange(id);
            pages.reset();
          }}
          options={forms.map((f) => ({ value: f.id, label: f.name }))}
          style={{ width: isPhone ? 140 : 220 }}
        />
      }
    >
      {isPhone ? (
        <List
          loading={fetching}
          dataSource={rows}
          locale={{ emptyText: <Empty description={t("noSubmissions")} /> }}
          renderItem={(s) => (
            <List.Item>
              <Space orientation="vertical" size={2}>
                <Typography.Text type="secondary">{when(s)} · {s.form?.name}</Typography.Text>
                <span>{answerText(s.answers)}</span>
                {leadCell(s)}
              </Space>
            </List.Item>
          )}
        />
      ) : (
        <Table<Submission>
          rowKey="id"
          size="small"
          loading={fetching}
          dataSource={rows}
          pagination={false}
          scroll={{ x: "max-content" }}
          locale={{ emptyText: <Empty description={t("noSubmissions")} /> }}
          columns={[
            { title: t("submittedAt"), key: "at", render: (_v, s) => when(s) },
            { title: t("formName"), key: "form", render: (_v, s) => s.form?.name },
            { title: t("answers"), key: "answers", render: (_v, s) => answerText(s.answers) },
            { title: t("lead"), key: "lead", render: (_v, s) => leadCell(s) },
          ]}
        />
      )}
      <CursorPager pages={pages} connection={connection} />
    </Card>
  );
}
