// The list's header actions: 导入 (the wizard), 导出 (exportLeads with the filters shown, then the
// file downloads) and 保存的筛选 (filters, sort and columns under a name, in this browser).
import { DeleteOutlined, DownloadOutlined, FilterOutlined, UploadOutlined } from "@ant-design/icons";
import { App, Button, Dropdown, Form, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useMutation } from "urql";

import { useAuth } from "../../auth/AuthProvider";
import type { LeadExportFormat } from "../../gql/graphql";
import { useT } from "../../i18n";
import { actionMessages } from "./actionMessages";
import { downloadFile } from "../../api/files";
import { filterInput, type LeadListState } from "./filters";
import { EXPORT_LEADS } from "./importQueries";
import type { ColumnKey } from "./leadColumns";
import { loadSavedFilters, type SavedFilter, storeSavedFilters, withoutSaved, withSaved } from "./savedFilters";

interface Props {
  state: LeadListState;
  visibleColumns: ColumnKey[];
  onApply: (saved: SavedFilter) => void;
}

export function LeadListActions({ state, visibleColumns, onApply }: Props) {
  const t = useT(actionMessages);
  const { can } = useAuth();
  const { message } = App.useApp();
  const [, exportLeads] = useMutation(EXPORT_LEADS);
  const [exporting, setExporting] = useState(false);
  const [saved, setSaved] = useState<SavedFilter[]>(() => loadSavedFilters());
  const [naming, setNaming] = useState(false);
  const [form] = Form.useForm<{ name: string }>();

  const runExport = async (format: LeadExportFormat) => {
    setExporting(true);
    try {
      const answer = await exportLeads({ input: { filter: filterInput(state), format } });
      const payload = answer.data?.exportLeads;
      const problem = payload?.userErrors[0]?.message ?? answer.error?.message;
      if (problem || !payload?.file) {
        message.error(problem ?? "");
        return;
      }
      const name = await downloadFile(payload.file.downloadUrl, payload.file.name);
      message.success(t("exported", { count: payload.rowCount ?? 0, name }));
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting(false);
    }
  };

  const keep = (list: SavedFilter[]) => {
    setSaved(list);
    storeSavedFilters(list);
  };
  const saveCurrent = async () => {
    const fields = await form.validateFields().catch(() => null);
    if (!fields) return;
    const { name } = fields;
    keep(withSaved(saved, { name, state, columns: visibleColumns }));
    message.success(t("filterSaved", { name: name.trim() }));
    setNaming(false);
    form.resetFields();
  };

  const savedItems = [
    ...saved.map((filter) => ({
      key: `saved:${filter.name}`,
      label: (
        <span style={{ display: "flex", justifyContent: "space-between", gap: 12 }}>
          <span>{filter.name}</span>
          <DeleteOutlined
            aria-label={`${t("deleteFilter")} ${filter.name}`}
            onClick={(event) => {
              event.stopPropagation();
              keep(withoutSaved(saved, filter.name));
            }}
          />
        </span>
      ),
    })),
    ...(saved.length === 0 ? [{ key: "none", label: t("noSavedFilters"), disabled: true }] : []),
    { type: "divider" as const },
    { key: "save", label: t("saveCurrent") },
  ];

  return (
    <>
      {can("lead", "import") && (
        <Link to="/leads/import"><Button icon={<UploadOutlined />} data-testid="lead-import">{t("import")}</Button></Link>
      )}
      {can("lead", "export") && (
        <Dropdown
          trigger={["click"]}
          menu={{
            items: [{ key: "CSV", label: t("exportCsv") }, { key: "XLSX", label: t("exportXlsx") }],
            onClick: ({ key }) => void runExport(key as LeadExportFormat),
          }}
        >
          <Button icon={<DownloadOutlined />} loading={exporting} data-testid="lead-export">{t("export")}</Button>
        </Dropdown>
      )}
      <Dropdown
        trigger={["click"]}
        menu={{
          items: savedItems,
          onClick: ({ key }) => {
            if (key === "save") setNaming(true);
            const picked = saved.find((f) => `saved:${f.name}` === key);
            if (picked) {
              onApply(picked);
              message.success(t("filterApplied", { name: picked.name }));
            }
          },
        }}
      >
        <Button icon={<FilterOutlined />} data-testid="saved-filters">{t("savedFilters")}</Button>
      </Dropdown>
      <Modal open={naming} title={t("saveCurrent")} okText={t("ok")} cancelText={t("cancel")} onOk={saveCurrent} onCancel={() => setNaming(false)} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t("savedHint")}</Typography.Paragraph>
        <Form form={form} layout="vertical" name="save-lead-filter">
          <Form.Item name="name" label={t("filterName")} rules={[{ required: true, whitespace: true, message: t("filterNameRequired") }, { max: 40 }]}>
            <Input maxLength={40} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
