// 分配预演: a dry run of the rules for one lead — who would get it, and for each rule tried,
// whether it matched or which conditions were not met.
import { CheckCircleOutlined, CloseCircleOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Descriptions, Select, Space, Steps, Tag, Typography } from "antd";
import { useState } from "react";
import { useClient, useQuery } from "urql";

import { useT } from "../../../i18n";
import { captureMessages } from "../messages";
import { PREVIEW_LEADS, PREVIEW_ROUTING } from "../queries";
import type { PreviewLeadRoutingQuery } from "../../../gql/graphql";

type Preview = PreviewLeadRoutingQuery["previewLeadRouting"];

export function PreviewCard() {
  const t = useT(captureMessages);
  const client = useClient();
  const [search, setSearch] = useState("");
  const [leadId, setLeadId] = useState<string>();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const [{ data, fetching }] = useQuery({ query: PREVIEW_LEADS, variables: { search: search.trim() || null } });

  async function run() {
    if (!leadId) return;
    setBusy(true);
    setError("");
    const result = await client.query(PREVIEW_ROUTING, { leadId }, { requestPolicy: "network-only" }).toPromise();
    setBusy(false);
    if (result.error) setError(result.error.message);
    setPreview(result.data?.previewLeadRouting ?? null);
  }

  return (
    <Card title={t("previewTitle")} data-testid="routing-preview">
      <Typography.Paragraph type="secondary">{t("previewHint")}</Typography.Paragraph>
      <Space wrap style={{ width: "100%" }}>
        <Select
          showSearch
          filterOption={false}
          onSearch={setSearch}
          loading={fetching}
          value={leadId}
          onChange={(id: string) => {
            setLeadId(id);
            setPreview(null);
          }}
          placeholder={t("pickLead")}
          aria-label={t("pickLead")}
          style={{ minWidth: 280, maxWidth: "100%" }}
          options={(data?.leads.nodes ?? []).map((lead) => ({
            value: lead.id,
            label: [lead.name, lead.company, lead.province].filter(Boolean).join(" · "),
          }))}
          data-testid="preview-lead"
        />
        <Button type="primary" onClick={run} disabled={!leadId} loading={busy} data-testid="run-preview">{t("runPreview")}</Button>
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
      {preview && (
        <div style={{ marginTop: 16 }} data-testid="preview-result">
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t("previewOwner")}>
              <span data-testid="preview-owner">{preview.owner?.displayName ?? t("previewNobody")}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t("previewReason")}>{preview.reason}</Descriptions.Item>
          </Descriptions>
          {preview.steps.length === 0 ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>{t("noRulesTried")}</Typography.Paragraph>
          ) : (
            <Steps
              orientation="vertical"
              size="small"
              style={{ marginTop: 16 }}
              current={preview.steps.length}
              items={preview.steps.map((step) => ({
                status: step.matched ? "finish" : "error",
                icon: step.matched ? <CheckCircleOutlined /> : <CloseCircleOutlined />,
                title: (
                  <Space size={4} wrap data-testid="preview-step">
                    <span>{step.rule.name}</span>
                    <Tag color={step.matched ? "success" : "default"}>{step.matched ? t("matched") : t("notMatched")}</Tag>
                  </Space>
                ),
                content: (
                  <>
                    {step.unmetConditions.length > 0 && <div>{t("unmet", { conditions: step.unmetConditions.join("、") })}</div>}
                    <Typography.Text type="secondary">{step.outcome}</Typography.Text>
                  </>
                ),
              }))}
            />
          )}
        </div>
      )}
    </Card>
  );
}
