// 表单构建器: a web form's basics and fields on the left, a live preview and the embed snippet on
// the right (below on a phone). /capture/forms/new creates; /capture/forms/:id edits.
import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, Button, Result, Spin, Typography } from "antd";
import { useNavigate, useParams } from "react-router";
import { useQuery } from "urql";

import { useAuth } from "../../../auth/AuthProvider";
import { useT } from "../../../i18n";
import { mayEditForms } from "../access";
import { captureMessages } from "../messages";
import { LEAD_FORM } from "../queries";
import { FormBuilder } from "./FormBuilder";

export function FormBuilderPage() {
  const t = useT(captureMessages);
  const { id } = useParams();
  const navigate = useNavigate();
  const { can } = useAuth();
  const [{ data, fetching, error }] = useQuery({ query: LEAD_FORM, variables: { id: id ?? "" }, pause: !id });
  const form = data?.node?.__typename === "LeadForm" ? data.node : null;

  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => navigate("/capture/forms")} style={{ paddingLeft: 0 }}>
      {t("backToForms")}
    </Button>
  );
  if (id && fetching && !data) return <Spin />;
  if (id && error) return <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} />;
  if (id && !form) return <Result status="404" subTitle="404" extra={back} />;

  return (
    <div data-testid="form-builder">
      {back}
      <Typography.Title level={4} style={{ marginTop: 0 }}>{form ? t("builderEdit", { name: form.name }) : t("builderNew")}</Typography.Title>
      <FormBuilder key={form?.id ?? "new"} saved={form} editable={mayEditForms(can)} onCreated={(newId) => navigate(`/capture/forms/${encodeURIComponent(newId)}`, { replace: true })} />
    </div>
  );
}
