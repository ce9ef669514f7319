// 通知方式: the channels the user accepts, the ones a reminder takes by default, the default
// reminder times of a new task and the quiet hours.
import { Alert, App, Button, Card, Checkbox, Form, Select, TimePicker } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useMutation } from "urql";

import type { MySettingsQuery, NotificationChannel } from "../../gql/graphql";
import { useT } from "../../i18n";
import { errorsText, settingsMessages } from "./messages";
import { UPDATE_NOTIFICATION_PREFERENCES } from "./queries";

const CHANNELS: NotificationChannel[] = ["IN_APP", "PUSH", "EMAIL", "SMS", "WECHAT"];
const FIELD_OF: Record<string, keyof Values> = {
  enabledChannels: "enabledChannels",
  defaultChannels: "defaultChannels",
  defaultReminderMinutes: "reminderMinutes",
  quietStart: "quiet",
  quietEnd: "quiet",
};

interface Values {
  enabledChannels: NotificationChannel[];
  defaultChannels: NotificationChannel[];
  reminderMinutes: string[];
  quiet: [Dayjs, Dayjs] | null;
}

const hhmm = (value: string) => dayjs(`2000-01-01T${value}`);

export function NotificationsCard({ preferences }: { preferences: MySettingsQuery["notificationPreferences"] }) {
  const t = useT(settingsMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const enabled = Form.useWatch("enabledChannels", form) ?? preferences.enabledChannels;
  const [general, setGeneral] = useState("");
  const [{ fetching }, update] = useMutation(UPDATE_NOTIFICATION_PREFERENCES);

  async function save(values: Values) {
    setGeneral("");
    const result = await update({
      input: {
        enabledChannels: values.enabledChannels,
        defaultChannels: values.defaultChannels.filter((c) => values.enabledChannels.includes(c)),
        defaultReminderMinutes: values.reminderMinutes.map(Number),
        quietStart: values.quiet ? values.quiet[0].format("HH:mm") : null,
        quietEnd: values.quiet ? values.quiet[1].format("HH:mm") : null,
      },
    });
    const payload = result.data?.updateNotificationPreferences;
    if (result.error || !payload) {
      setGeneral(result.error?.message ?? "?");
      return;
    }
    const byField = new Map<keyof Values, string[]>();
    const rest: { message: string }[] = [];
    for (const error of payload.userErrors) {
      const name = FIELD_OF[error.field?.[1] ?? ""];
      if (name) byField.set(name, [...(byField.get(name) ?? []), error.message]);
      else rest.push(error);
    }
    form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
    setGeneral(errorsText(rest));
    if (payload.userErrors.length === 0) message.success(t("saved"));
  }

  return (
    <Card title={t("notificationsCard")}>
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ maxWidth: 560 }}
        initialValues={{
          enabledChannels: preferences.enabledChannels,
          defaultChannels: preferences.defaultChannels,
          reminderMinutes: preferences.defaultReminderMinutes.map(String),
          quiet: preferences.quietStart && preferences.quietEnd ? [hhmm(preferences.quietStart), hhmm(preferences.quietEnd)] : null,
        }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item name="enabledChannels" label={t("enabledChannels")} extra={t("enabledHint")}>
          <Checkbox.Group
            options={CHANNELS.map((channel) => ({ value: channel, label: t(`channel_${channel}`), disabled: channel === "IN_APP" }))}
          />
        </Form.Item>
        <Form.Item name="defaultChannels" label={t("defaultChannels")}>
          <Checkbox.Group
            options={CHANNELS.map((channel) => ({ value: channel, label: t(`channel_${channel}`), disabled: !enabled.includes(channel) }))}
          />
        </Form.Item>
        <Form.Item name="reminderMinutes" label={t("reminderMinutes")} extra={t("reminderHint")}>
          <Select mode="tags" tokenSeparators={[",", " "]} style={{ maxWidth: 320 }} aria-label={t("reminderMinutes")} />
        </Form.Item>
        <Form.Item name="quiet" label={t("quietHours")} extra={t("quietHint", { timezone: preferences.timezone })}>
          <TimePicker.RangePicker format="HH:mm" order={false} allowClear />
        </Form.Item>
        {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={fetching} data-testid="save-notifications">
          {t("save")}
        </Button>
      </Form>
    </Card>
  );
}
