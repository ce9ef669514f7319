// 审计日志: the organisation's audit trail, newest first, a page at a time from the server,
// filtered by category, actor, object, action and time; each event in a drawer; the filtered
// trail as a CSV; and whether the hash chain still holds.
import { DownloadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Grid, List, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { type HTMLAttributes, useMemo, useState } from "react";
import { useMutation, useQuery } from "urql";

import { CursorPager } from "../../components/CursorPager";
import { useCursorPages } from "../../components/useCursorPages";
import { useAuth } from "../../auth/AuthProvider";
import { useLocale, useT } from "../../i18n";
import { activeFilterCount, AUDIT_PAGE_SIZE, auditFilter, type AuditFilterState, EMPTY_AUDIT_FILTER } from "./audit";
import { saveText } from "../../api/files";
import { ResponsiveFilters } from "../../components/ResponsiveFilters";
import { AuditDetailDrawer, type AuditEventRow, ResultTag, SeverityTag } from "./AuditDetailDrawer";
import { AuditFilters } from "./AuditFilters";
import { errorsText, label, settingsMessages } from "./messages";
import { AUDIT_CHAIN, AUDIT_EVENTS, AUDIT_FILTER_CHOICES, EXPORT_AUDIT } from "./queries";

const when = (value: string) => dayjs(value).format("YYYY-MM-DD HH:mm:ss");

function ChainStatus() {
  const t = useT(settingsMessages);
  const [{ data, error }] = useQuery({ query: AUDIT_CHAIN });
  const status = data?.auditChainStatus;
  if (error) return <Alert type="warning" showIcon title={t("chainUnknown")} />;
  if (!status) return null;
  return (
    <div data-testid="audit-chain">
      <Alert
        type={status.intact ? "success" : "error"}
        showIcon
        title={
          status.intact
            ? t("chainIntact", { checked: status.checked })
            : t("chainBroken", { seq: status.brokenSeq ?? "?", reason: status.reason ?? "?" })
        }
        description={
          <Typography.Text type="secondary" style={{ wordBreak: "break-all" }}>
            {t("chainHead", { seq: status.headSeq, hash: status.headHash })}
          </Typography.Text>
        }
      />
    </div>
  );
}

export function AuditPage() {
  const t = useT(settingsMessages);
  const { can } = useAuth();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const isPhone = Grid.useBreakpoint().md === false;
  const [state, setState] = useState<AuditFilterState>(EMPTY_AUDIT_FILTER);
  const pages = useCursorPages();
  const [open, setOpen] = useState<AuditEventRow | null>(null);
  const variables = useMemo(
    () => ({ first: AUDIT_PAGE_SIZE, after: pages.after, filter: auditFilter(state) }),
    [state, pages.after],
  );
  const [{ data, fetching, error }] = useQuery({ query: AUDIT_EVENTS, variables, requestPolicy: "cache-and-network" });
  const [{ fetching: exporting }, exportAudit] = useMutation(EXPORT_AUDIT);
  const [{ data: choices }] = useQuery({ query: AUDIT_FILTER_CHOICES });
  const objectLabels = new Map((choices?.objectTypes ?? []).map((o) => [o.name, locale === "en" ? o.name : o.label]));
  const objectLabel = (name: string | null | undefined) => (name ? (objectLabels.get(name) ?? name) : t("none"));
  const connection = data?.auditEvents;
  const rows = connection?.nodes ?? [];

  const update = (patch: Partial<AuditFilterState>) => {
    setState((current) => ({ ...current, ...patch }));
    pages.reset();
  };

  async function download() {
    const result = await exportAudit({ input: { filter: auditFilter(state) } });
    const payload = result.data?.exportAuditEvents;
    if (result.error || !payload || payload.userErrors.length || !payload.content) {
      message.error(t("failed", { message: result.error?.message ?? errorsText(payload?.userErrors ?? []) }));
      return;
    }
    saveText(payload.fileName ?? "audit-log.csv", payload.contentType ?? "text/csv", payload.content);
    message.success(t("exported", { count: payload.rowCount ?? 0 }));
  }

  const filters = <AuditFilters state={state} onChange={update} vertical={isPhone} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="audit-page">
      <Space style={{ width: "100%", justifyContent: "space-between" }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t("auditTitle")}</Typography.Title>
        <Space>
          {isPhone && (
            <ResponsiveFilters isPhone activeCount={activeFilterCount(state)}>
              {() => filters}
            </ResponsiveFilters>
          )}
          {can("audit", "export") && (
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void download()} data-testid="audit-export">
              {t("export")}
            </Button>
          )}
        </Space>
      </Space>
      <ChainStatus />
      {!isPhone && filters}
      {error && <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} />}
      {isPhone ? (
        <List<AuditEventRow>
          loading={fetching}
          dataSource={rows}
          renderItem={(event) => (
            <Card size="small" style={{ marginBottom: 8, cursor: "pointer" }} onClick={() => setOpen(event)}>
              <Space orientation="vertical" size={2} style={{ width: "100%" }}>
                <Space wrap size={4}>
                  <Tag>{label(t, "category", event.category)}</Tag>
                  <Typography.Text strong>{event.action}</Typography.Text>
                  <ResultTag event={event} />
                </Space>
                <Typography.Text type="secondary">
                  {when(event.occurredAt)} · {event.actorName}
                  {event.objectType ? ` · ${objectLabel(event.objectType)}` : ""}
                </Typography.Text>
              </Space>
            </Card>
          )}
        />
      ) : (
        <Table<AuditEventRow>
          rowKey="id"
          size="small"
          loading={fetching}
          dataSource={rows}
          pagination={false}
          scroll={{ x: "max-content" }}
          onRow={(event) =>
            ({ onClick: () => setOpen(event), style: { cursor: "pointer" }, "data-testid": `audit-row-${event.seq}` }) as HTMLAttributes<HTMLElement>
          }
          columns={[
            { key: "seq", title: t("seq"), render: (_, e) => e.seq },
            { key: "time", title: t("time"), render: (_, e) => when(e.occurredAt) },
            { key: "category", title: t("category"), render: (_, e) => <Tag data-testid="audit-category-cell">{label(t, "category", e.category)}</Tag> },
            { key: "action", title: t("action"), render: (_, e) => e.action },
            { key: "actor", title: t("actor"), render: (_, e) => e.actorName },
            { key: "object", title: t("object"), render: (_, e) => objectLabel(e.objectType) },
            { key: "result", title: t("result"), render: (_, e) => <ResultTag event={e} /> },
            { key: "severity", title: t("severity"), render: (_, e) => <SeverityTag event={e} /> },
          ]}
        />
      )}
      <CursorPager pages={pages} connection={connection} testId="audit-pager" />
      <AuditDetailDrawer event={open} onClose={() => setOpen(null)} />
    </Space>
  );
}
