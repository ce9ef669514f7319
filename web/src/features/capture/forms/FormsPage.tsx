// 网站表单: the organisation's forms (newest first), switched on or off, deleted while they have
// no submissions, and the submissions received.
import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Grid, Popconfirm, Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { useMutation, useQuery } from "urql";

import { useAuth } from "../../../auth/AuthProvider";
import type { LeadFormsQuery } from "../../../gql/graphql";
import { useT } from "../../../i18n";
import { mayEditForms } from "../access";
import { RecordList } from "../../../components/RecordList";
import { captureMessages } from "../messages";
import { DELETE_LEAD_FORM, LEAD_FORMS, UPDATE_LEAD_FORM } from "../queries";
import { useMutationReport } from "../useMutationReport";
import { CursorPager } from "../../../components/CursorPager";
import { SubmissionsCard } from "./SubmissionsCard";
import { useCursorPages } from "../../../components/useCursorPages";

type FormRow = LeadFormsQuery["leadForms"]["nodes"][number];

export function FormsPage() {
  const t = useT(captureMessages);
  const { can } = useAuth();
  const navigate = useNavigate();
  const isPhone = Grid.useBreakpoint().md === false;
  const editable = mayEditForms(can);
  const pages = useCursorPages();
  const [{ data, fetching, error }, refetch] = useQuery({ query: LEAD_FORMS, variables: { first: 20, after: pages.after }, requestPolicy: "cache-and-network" });
  const [, update] = useMutation(UPDATE_LEAD_FORM);
  const [, remove] = useMutation(DELETE_LEAD_FORM);
  const [submissionsOf, setSubmissionsOf] = useState<string>();
  const connection = data?.leadForms;
  const forms = connection?.nodes ?? [];
  const refresh = () => refetch({ requestPolicy: "network-only" });

  const report = useMutationReport(refresh);
  const setActive = async (form: FormRow, isActive: boolean) => {
    const result = await update({ input: { id: form.id, isActive } });
    report(result.error, result.data?.updateLeadForm.userErrors ?? [], t("saved"));
  };
  const destroy = async (form: FormRow) => {
    const result = await remove({ input: { id: form.id } });
    report(result.error, result.data?.deleteLeadForm.userErrors ?? [], t("deleted"));
  };

  const status = (form: FormRow) => <Tag color={form.isActive ? "success" : "default"}>{form.isActive ? t("enabled") : t("disabled")}</Tag>;
  const controls = (form: FormRow) => (
    <Space size={2} wrap>
      <Button size="small" type="text" icon={<EditOutlined />} aria-label={`${t("edit")} ${form.name}`} onClick={() => navigate(`/capture/forms/${encodeURIComponent(form.id)}`)} />
      <Button size="small" type="link" onClick={() => setSubmissionsOf(form.id)}>{t("submissions")} {form.submissionCount}</Button>
      {editable && (
        <>
          <Button size="small" onClick={() => setActive(form, !form.isActive)}>{form.isActive ? t("deactivate") : t("activate")}</Button>
          <Popconfirm title={t("confirmDelete", { name: form.name })} okText={t("delete")} cancelText={t("cancel")} onConfirm={() => destroy(form)}>
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t("delete")} ${form.name}`} />
          </Popconfirm>
        </>
      )}
    </Space>
  );
  const nameLink = (form: FormRow) => <Link to={`/capture/forms/${encodeURIComponent(form.id)}`}>{form.name}</Link>;

  return (
    <div data-testid="forms-page">
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t("formsTitle")}</Typography.Title>
        {editable && <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/capture/forms/new")} data-testid="new-form">{t("newForm")}</Button>}
      </Space>
      {error && <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} style={{ marginBottom: 12 }} />}
      <RecordList<FormRow>
        isPhone={isPhone}
        rows={forms}
        loading={fetching}
        emptyText={t("noForms")}
        testId={(form) => `form-${form.name}`}
        card={(form) => ({
          title: nameLink(form),
          extra: status(form),
          body: (
            <>
              <Typography.Text type="secondary">
                {[form.campaign, `${t("spam")} ${form.spamCount}`, dayjs(form.createdAt).format("YYYY-MM-DD")].filter(Boolean).join(" · ")}
              </Typography.Text>
              <div style={{ marginTop: 8 }}>{controls(form)}</div>
            </>
          ),
        })}
        columns={[
            { title: t("formName"), key: "name", render: (_v, form) => nameLink(form) },
            { title: t("formStatus"), key: "status", render: (_v, form) => status(form) },
            { title: t("submissions"), dataIndex: "submissionCount", key: "submissions", align: "right" },
            { title: t("spam"), dataIndex: "spamCount", key: "spam", align: "right" },
            { title: t("campaigns"), dataIndex: "campaign", key: "campaign", render: (c?: string | null) => c ?? t("none") },
            { title: t("createdAt"), key: "createdAt", render: (_v, form) => dayjs(form.createdAt).format("YYYY-MM-DD HH:mm") },
            { title: t("actions"), key: "actions", fixed: "right", render: (_v, form) => controls(form) },
        ]}
      />
      <CursorPager pages={pages} connection={connection} />
      <div style={{ marginTop: 16 }}>
        <SubmissionsCard forms={forms} formId={submissionsOf} onFormChange={setSubmissionsOf} />
      </div>
    </div>
  );
}
