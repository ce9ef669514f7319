// Webhook 接入: signed sources (Weibo, other social channels) that POST leads as JSON; each shows
// its endpoint, deliveries and when its secret was last rotated. Rotating shows the new secret
// once; the old one stops verifying at once.
import { DeleteOutlined, KeyOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Grid, Popconfirm, Space, Switch, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useMutation, useQuery } from "urql";

import { useAuth } from "../../../auth/AuthProvider";
import type { LeadWebhookSourcesQuery } from "../../../gql/graphql";
import { useT } from "../../../i18n";
import { mayEditForms } from "../access";
import { RecordList } from "../../../components/RecordList";
import { captureMessages } from "../messages";
import { DELETE_WEBHOOK_SOURCE, ROTATE_WEBHOOK_SECRET, UPDATE_WEBHOOK_SOURCE, WEBHOOK_SOURCES } from "../queries";
import { useMutationReport } from "../useMutationReport";
import { SecretModal } from "./SecretModal";
import { WebhookModal } from "./WebhookModal";

type Source = LeadWebhookSourcesQuery["leadWebhookSources"][number];

export function WebhooksPage() {
  const t = useT(captureMessages);
  const { can } = useAuth();
  const isPhone = Grid.useBreakpoint().md === false;
  const editable = mayEditForms(can);
  const [{ data, fetching, error }, refetch] = useQuery({ query: WEBHOOK_SOURCES });
  const [, update] = useMutation(UPDATE_WEBHOOK_SOURCE);
  const [, rotate] = useMutation(ROTATE_WEBHOOK_SECRET);
  const [, remove] = useMutation(DELETE_WEBHOOK_SOURCE);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ secret: string; endpointUrl?: string } | null>(null);
  const sources = data?.leadWebhookSources ?? [];
  const refresh = () => refetch({ requestPolicy: "network-only" });

  const report = useMutationReport(refresh);
  const setActive = async (source: Source, isActive: boolean) => {
    const result = await update({ input: { id: source.id, isActive } });
    report(result.error, result.data?.updateLeadWebhookSource.userErrors ?? [], t("saved"));
  };
  const rotateSecret = async (source: Source) => {
    const result = await rotate({ input: { id: source.id } });
    const payload = result.data?.rotateWebhookSecret;
    report(result.error, payload?.userErrors ?? [], t("secretRotated"));
    if (payload?.secret) setSecret({ secret: payload.secret, endpointUrl: source.endpointUrl });
  };
  const destroy = async (source: Source) => {
    const result = await remove({ input: { id: source.id } });
    report(result.error, result.data?.deleteLeadWebhookSource.userErrors ?? [], t("deleted"));
  };

  const mapping = (s: Source) => s.fieldMapping.map((m) => `${m.path} → ${m.field ?? m.extraKey ?? ""}`).join("；");
  const rotated = (s: Source) => (s.secretRotatedAt ? dayjs(s.secretRotatedAt).format("YYYY-MM-DD HH:mm") : t("none"));
  const activeSwitch = (s: Source) => <Switch size="small" checked={s.isActive} disabled={!editable} aria-label={`${t("enabled")} ${s.name}`} onChange={(on) => setActive(s, on)} />;
  const controls = (s: Source) =>
    editable && (
      <Space size={2}>
        <Popconfirm title={t("confirmRotate")} okText={t("rotateSecret")} cancelText={t("cancel")} onConfirm={() => rotateSecret(s)}>
          <Button size="small" icon={<KeyOutlined />}>{t("rotateSecret")}</Button>
        </Popconfirm>
        <Popconfirm title={t("confirmDelete", { name: s.name })} okText={t("delete")} cancelText={t("cancel")} onConfirm={() => destroy(s)}>
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`${t("delete")} ${s.name}`} />
        </Popconfirm>
      </Space>
    );

  return (
    <div data-testid="webhooks-page">
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 8 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t("webhooksTitle")}</Typography.Title>
        {editable && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-webhook">{t("newWebhook")}</Button>}
      </Space>
      <Typography.Paragraph type="secondary">{t("webhooksHint")}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} style={{ marginBottom: 12 }} />}
      <RecordList<Source>
        isPhone={isPhone}
        rows={sources}
        loading={fetching}
        emptyText={t("noWebhooks")}
        testId={(s) => `webhook-${s.name}`}
        card={(s) => ({
          title: <Space>{s.name}<Tag>{t(s.channel)}</Tag></Space>,
          extra: activeSwitch(s),
          body: (
            <>
              <Typography.Text copyable code style={{ wordBreak: "break-all" }}>{s.endpointUrl}</Typography.Text>
              <div><Typography.Text type="secondary">{mapping(s)}</Typography.Text></div>
              <div><Typography.Text type="secondary">{t("deliveries")} {s.deliveryCount} · {t("secretRotatedAt")} {rotated(s)}</Typography.Text></div>
              <div style={{ marginTop: 8 }}>{controls(s)}</div>
            </>
          ),
        })}
        columns={[
            { title: t("webhookName"), key: "name", render: (_v, s) => <Space>{s.name}<Tag>{t(s.channel)}</Tag></Space> },
            { title: t("endpointUrl"), key: "endpoint", render: (_v, s) => <Typography.Text copyable code>{s.endpointUrl}</Typography.Text> },
            { title: t("fieldMapping"), key: "mapping", render: (_v, s) => mapping(s) },
            { title: t("deliveries"), dataIndex: "deliveryCount", key: "deliveries", align: "right" },
            { title: t("secretRotatedAt"), key: "rotated", render: (_v, s) => rotated(s) },
            { title: t("enabled"), key: "active", render: (_v, s) => activeSwitch(s) },
            { title: t("actions"), key: "actions", fixed: "right", render: (_v, s) => controls(s) },
        ]}
      />
      {creating && (
        <WebhookModal
          onClose={() => setCreating(false)}
          onCreated={(newSecret, endpointUrl) => {
            setCreating(false);
            setSecret({ secret: newSecret, endpointUrl });
            refresh();
          }}
        />
      )}
      {secret && <SecretModal secret={secret.secret} endpointUrl={secret.endpointUrl} onClose={() => setSecret(null)} />}
    </div>
  );
}
