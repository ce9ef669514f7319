// 衰减与最低分: an open lead without activity loses points step by step, never below the floor.
import { Alert, App, Button, Card, Form, InputNumber, Space, Switch, Typography } from "antd";
import { useMutation } from "urql";

import type { LeadScoreRulesQuery } from "../../../gql/graphql";
import { useT } from "../../../i18n";
import { captureMessages, userErrorText } from "../messages";
import { UPDATE_SCORE_SETTINGS } from "../queries";

type Settings = LeadScoreRulesQuery["leadScoreSettings"];
type Values = Pick<Settings, "decayEnabled" | "decayAfterDays" | "decayPoints" | "decayEveryDays" | "floor">;

export function DecayCard({ settings, editable, onSaved }: { settings: Settings; editable: boolean; onSaved: () => void }) {
  const t = useT(captureMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, save] = useMutation(UPDATE_SCORE_SETTINGS);

  async function submit(values: Values) {
    const result = await save({ input: values });
    const errors = result.data?.updateLeadScoreSettings.userErrors ?? [];
    if (result.error) message.error(result.error.message);
    else if (errors.length) {
      form.setFields(errors.filter((e) => e.field?.[1]).map((e) => ({ name: e.field![1] as keyof Values, errors: [e.message] })));
      const rest = errors.filter((e) => !e.field?.[1]);
      if (rest.length) message.error(userErrorText(rest));
    } else {
      message.success(t("saved"));
      onSaved();
    }
  }

  return (
    <Card title={t("decayTitle")} data-testid="score-decay">
      <Typography.Paragraph type="secondary">
        {t("decaySummary", { after: settings.decayAfterDays, points: settings.decayPoints, every: settings.decayEveryDays, floor: settings.floor })}
      </Typography.Paragraph>
      {settings.rescoredVersion < settings.rulesVersion && (
        <Alert type="info" showIcon title={t("rescoring", { done: settings.rescoredVersion, total: settings.rulesVersion })} style={{ marginBottom: 12 }} />
      )}
      <Form form={form} layout="vertical" initialValues={settings} onFinish={submit} disabled={!editable}>
        <Form.Item name="decayEnabled" label={t("decayEnabled")} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Space wrap>
          <Form.Item name="decayAfterDays" label={t("decayAfterDays")}>
            <InputNumber min={1} max={3650} />
          </Form.Item>
          <Form.Item name="decayPoints" label={t("decayPoints")}>
            <InputNumber min={1} max={1000} />
          </Form.Item>
          <Form.Item name="decayEveryDays" label={t("decayEveryDays")}>
            <InputNumber min={1} max={3650} />
          </Form.Item>
          <Form.Item name="floor" label={t("floor")}>
            <InputNumber min={0} max={1000} />
          </Form.Item>
        </Space>
        {editable && <Button type="primary" htmlType="submit" loading={fetching}>{t("save")}</Button>}
      </Form>
    </Card>
  );
}
