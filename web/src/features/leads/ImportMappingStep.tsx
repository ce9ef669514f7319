// 导入第二步: each column of the file and where it goes (the API's suggestion first), what to do
// with a person who already has a lead, a campaign and tags for every row. 预检查 runs the import
// as a dry run, which checks every row and writes nothing.
import { Alert, Button, Card, Form, Grid, Input, Radio, Select, Space, Table, Typography } from "antd";
import { useQuery } from "urql";

import type { LeadImportDuplicates, LeadImportTarget } from "../../gql/graphql";
import { useAuth } from "../../auth/AuthProvider";
import { useT } from "../../i18n";
import type { ImportPreview } from "./ImportUploadStep";
import { type MappedColumn, mappingProblems, TARGETS } from "./importMapping";
import { importMessages } from "./importMessages";
import { ASSIGNABLE_USERS } from "./queries";

export interface ImportOptions {
  onDuplicate: LeadImportDuplicates;
  campaign: string;
  tags: string[];
  /** Every new lead to this user; null: the routing rules decide. */
  ownerId: string | null;
}

interface Props {
  fileName: string;
  preview: ImportPreview;
  columns: MappedColumn[];
  options: ImportOptions;
  onColumns: (columns: MappedColumn[]) => void;
  onOptions: (options: ImportOptions) => void;
  onCheck: () => void;
  onRestart: () => void;
  busy: boolean;
  apiErrors: string[];
}

export function ImportMappingStep({ fileName, preview, columns, options, onColumns, onOptions, onCheck, onRestart, busy, apiErrors }: Props) {
  const t = useT(importMessages);
  const isPhone = Grid.useBreakpoint().md === false;
  const mayAssign = useAuth().can("lead", "assign");
  const [{ data: users }] = useQuery({ query: ASSIGNABLE_USERS, pause: !mayAssign });
  const targetOptions = TARGETS.map((target) => ({ value: target, label: t(`target_${target}`) }));
  const problems = mappingProblems(columns).map((p) =>
    p.code === "IMPORT_FIELD_MAPPED_TWICE" ? t("mappingProblem_IMPORT_FIELD_MAPPED_TWICE", { target: t(`target_${p.target}`) }) : t(`mappingProblem_${p.code}`),
  );
  const sample = (column: number) =>
    preview.rows.map((row) => row.cells[column] ?? "").filter(Boolean).slice(0, 2).join(" / ");
  const setTarget = (column: number, target: LeadImportTarget) =>
    onColumns(columns.map((c) => (c.column === column ? { ...c, target } : c)));
  const picker = (c: MappedColumn) => (
    <Select<LeadImportTarget>
      value={c.target}
      options={targetOptions}
      onChange={(target) => setTarget(c.column, target)}
      aria-label={`${t("target")}: ${c.header}`}
      style={{ width: isPhone ? "100%" : 180 }}
      data-testid={`map-${c.column}`}
    />
  );
  const format = preview.fileFormat.toUpperCase();
  const encoding = preview.encoding ? ` · ${preview.encoding.toUpperCase()}` : "";

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }} data-testid="import-mapping">
      <Typography.Text data-testid="import-file-info">
        {t("fileInfo", { name: fileName, format, encoding, rows: preview.rowCount })}
      </Typography.Text>
      {isPhone ? (
        <Space orientation="vertical" style={{ width: "100%" }}>
          {columns.map((c) => (
            <Card key={c.column} size="small" title={c.header || `#${c.column + 1}`}>
              <Typography.Paragraph type="secondary" ellipsis>{sample(c.column) || "—"}</Typography.Paragraph>
              {picker(c)}
            </Card>
          ))}
        </Space>
      ) : (
        <Table<MappedColumn>
          rowKey="column"
          size="small"
          pagination={false}
          dataSource={columns}
          scroll={{ x: "max-content" }}
          columns={[
            { title: t("column"), dataIndex: "header", render: (header: string, c) => header || `#${c.column + 1}` },
            { title: t("sample"), key: "sample", render: (_v, c) => <Typography.Text type="secondary">{sample(c.column) || "—"}</Typography.Text> },
            { title: t("target"), key: "target", render: (_v, c) => picker(c) },
          ]}
        />
      )}
      <Form layout="vertical">
        <Form.Item label={t("onDuplicate")}>
          <Radio.Group
            value={options.onDuplicate}
            onChange={(event) => onOptions({ ...options, onDuplicate: event.target.value as LeadImportDuplicates })}
            options={(["SKIP", "UPDATE", "CREATE"] as const).map((value) => ({ value, label: t(`dup_${value}`) }))}
          />
        </Form.Item>
        <Space wrap style={{ width: "100%" }} align="start">
          <Form.Item label={t("campaign")}>
            <Input value={options.campaign} maxLength={100} onChange={(e) => onOptions({ ...options, campaign: e.target.value })} style={{ width: isPhone ? "100%" : 260 }} />
          </Form.Item>
          <Form.Item label={t("tags")}>
            <Select mode="tags" value={options.tags} tokenSeparators={[",", "，"]} onChange={(tags: string[]) => onOptions({ ...options, tags })} style={{ width: isPhone ? 300 : 260 }} />
          </Form.Item>
          {mayAssign && (
            <Form.Item label={t("owner")} extra={t("ownerAuto")}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                value={options.ownerId ?? undefined}
                onChange={(ownerId?: string) => onOptions({ ...options, ownerId: ownerId ?? null })}
                options={(users?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
                style={{ width: isPhone ? 300 : 200 }}
                aria-label={t("owner")}
                data-testid="import-owner"
              />
            </Form.Item>
          )}
        </Space>
      </Form>
      {[...problems, ...apiErrors].length > 0 && (
        <Alert type="error" showIcon title={[...problems, ...apiErrors].join("；")} data-testid="import-mapping-errors" />
      )}
      <Space wrap>
        <Button type="primary" onClick={onCheck} loading={busy} disabled={problems.length > 0} data-testid="import-check">{t("check")}</Button>
        <Button onClick={onRestart}>{t("reupload")}</Button>
      </Space>
    </Space>
  );
}
