// Name, language, time zone and WeCom account. The language applies the moment it is chosen
// (and is saved with the rest).
import { Alert, App, Button, Card, Form, Input, Select } from "antd";
import { useMemo, useState } from "react";
import { useMutation } from "urql";

import type { MySettingsQuery } from "../../gql/graphql";
import { LOCALES, type Locale, useLocale, useT } from "../../i18n";
import { errorsText, settingsMessages } from "./messages";
import { UPDATE_MY_PROFILE } from "./queries";

const LOCALE_NAMES: Record<Locale, string> = { "zh-CN": "简体中文", en: "English" };
const FIELDS = new Set(["displayName", "locale", "timezone", "wecomUserId"]);

interface Values {
  displayName: string;
  locale: Locale;
  timezone: string;
  wecomUserId: string;
}

function timeZones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return all.includes(current) ? all : [current, ...all];
}

export function ProfileCard({ me }: { me: MySettingsQuery["me"] }) {
  const t = useT(settingsMessages);
  const { message } = App.useApp();
  const { setLocale } = useLocale();
  const [form] = Form.useForm<Values>();
  const [general, setGeneral] = useState("");
  const [{ fetching }, update] = useMutation(UPDATE_MY_PROFILE);
  const zones = useMemo(() => timeZones(me.timezone).map((zone) => ({ value: zone, label: zone })), [me.timezone]);

  async function save(values: Values) {
    setGeneral("");
    const result = await update({
      input: {
        displayName: values.displayName.trim(),
        locale: values.locale,
        timezone: values.timezone,
        wecomUserId: values.wecomUserId.trim(),
        idempotencyKey: crypto.randomUUID(),
      },
    });
    const payload = result.data?.updateMyProfile;
    if (result.error || !payload) {
      setGeneral(result.error?.message ?? "?");
      return;
    }
    const onField = payload.userErrors.filter((e) => FIELDS.has(e.field?.[1] ?? ""));
    form.setFields(onField.map((e) => ({ name: e.field![1] as keyof Values, errors: [e.message] })));
    setGeneral(errorsText(payload.userErrors.filter((e) => !FIELDS.has(e.field?.[1] ?? ""))));
    if (payload.userErrors.length === 0) message.success(t("saved"));
  }

  return (
    <Card title={t("profileCard")}>
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ maxWidth: 480 }}
        initialValues={{
          displayName: me.displayName,
          locale: me.locale as Locale,
          timezone: me.timezone,
          wecomUserId: me.wecomUserId ?? "",
        }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item name="displayName" label={t("displayName")} rules={[{ required: true, whitespace: true, message: t("required") }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="locale" label={t("language")} extra={t("languageHint")}>
          <Select<Locale>
            options={LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }))}
            onChange={(locale) => {
              setLocale(locale);
              void update({ input: { locale } });
            }}
            data-testid="profile-locale"
          />
        </Form.Item>
        <Form.Item name="timezone" label={t("timezone")}>
          <Select showSearch options={zones} />
        </Form.Item>
        <Form.Item name="wecomUserId" label={t("wecomUserId")} extra={t("wecomHint")}>
          <Input maxLength={64} />
        </Form.Item>
        {general && <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={fetching} data-testid="save-profile">
          {t("save")}
        </Button>
      </Form>
    </Card>
  );
}
