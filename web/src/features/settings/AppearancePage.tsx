// 主题外观: light, dark, following the system, or a look of one's own (primary colour, corner
// radius, density). Every change is previewed at once; saving keeps it on the server, so each
// device applies it at sign-in.
import { Alert, App, Button, Card, ColorPicker, Input, Radio, Slider, Space, Switch, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import { useMutation } from "urql";

import { type Appearance, type ThemeMode } from "../../theme/appearance";
import { useTheme } from "../../theme/ThemeProvider";
import { useT } from "../../i18n";
import { errorsText, settingsMessages } from "./messages";
import { UPDATE_MY_PROFILE } from "./queries";

const MODES: ThemeMode[] = ["LIGHT", "DARK", "SYSTEM"];
const PRESETS = ["#1677ff", "#13c2c2", "#52c41a", "#fa8c16", "#fa541c", "#eb2f96", "#722ed1"];

export function AppearancePage() {
  const t = useT(settingsMessages);
  const { message } = App.useApp();
  const { appearance, preview, apply } = useTheme();
  const [saved, setSaved] = useState<Appearance>(appearance);
  const [look, setLook] = useState<Appearance>(appearance);
  const [errors, setErrors] = useState<string>("");
  const [{ fetching }, update] = useMutation(UPDATE_MY_PROFILE);

  // Leaving the page unsaved ends the preview: the saved look comes back.
  useEffect(() => () => preview(null), [preview]);

  const change = (patch: Partial<Appearance>) => {
    const next = { ...look, ...patch };
    setLook(next);
    preview(next);
  };

  async function save() {
    setErrors("");
    const { mode, primaryColor, borderRadius, compact } = look;
    const result = await update({
      input: { appearance: { mode, primaryColor, borderRadius, compact }, idempotencyKey: crypto.randomUUID() },
    });
    const payload = result.data?.updateMyProfile;
    if (result.error || !payload) {
      setErrors(result.error?.message ?? "?");
      return;
    }
    if (payload.userErrors.length) {
      setErrors(errorsText(payload.userErrors));
      return;
    }
    const savedLook = payload.user?.appearance;
    if (savedLook) {
      const kept = { mode: savedLook.mode, primaryColor: savedLook.primaryColor, borderRadius: savedLook.borderRadius, compact: savedLook.compact };
      apply(kept);
      setSaved(kept);
    }
    message.success(t("saved"));
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="appearance-page">
      <Card title={t("section_appearance")}>
        <Typography.Paragraph type="secondary">{t("previewHint")}</Typography.Paragraph>
        <Space orientation="vertical" size="large" style={{ width: "100%" }}>
          <div>
            <Typography.Text strong>{t("themeMode")}</Typography.Text>
            <div style={{ marginTop: 8 }}>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                value={look.mode}
                onChange={(event) => change({ mode: event.target.value as ThemeMode })}
                options={MODES.map((mode) => ({ value: mode, label: t(`mode_${mode}`) }))}
                data-testid="theme-mode"
              />
            </div>
          </div>
          <div>
            <Typography.Text strong>{t("custom")}</Typography.Text>
            <Space wrap size="large" style={{ marginTop: 8, width: "100%" }}>
              <Space>
                <span>{t("primaryColor")}</span>
                <ColorPicker
                  disabledAlpha
                  showText
                  value={look.primaryColor}
                  presets={[{ label: t("primaryColor"), colors: PRESETS }]}
                  onChange={(color) => change({ primaryColor: color.toHexString() })}
                  data-testid="primary-color"
                />
              </Space>
              <Space style={{ minWidth: 240 }}>
                <span>{t("borderRadius")}</span>
                <Slider
                  min={0}
                  max={16}
                  value={look.borderRadius}
                  onChange={(borderRadius) => change({ borderRadius })}
                  style={{ width: 140 }}
                  aria-label={t("borderRadius")}
                />
                <span>{look.borderRadius}</span>
              </Space>
              <Space>
                <span>{t("compact")}</span>
                <Switch checked={look.compact} onChange={(compact) => change({ compact })} aria-label={t("compact")} />
              </Space>
            </Space>
          </div>
          {errors && <Alert type="error" showIcon title={errors} />}
          <Space>
            <Button type="primary" loading={fetching} onClick={() => void save()} data-testid="save-appearance">
              {t("save")}
            </Button>
            <Button
              onClick={() => {
                setLook(saved);
                preview(null);
              }}
            >
              {t("resetPreview")}
            </Button>
          </Space>
        </Space>
      </Card>
      <Card title={t("preview")} size="small">
        <Space orientation="vertical" style={{ width: "100%" }}>
          <Typography.Text>{t("previewText")}</Typography.Text>
          <Space wrap>
            <Button type="primary">{t("previewButton")}</Button>
            <Button>{t("cancel")}</Button>
            <Tag color="processing">{t("previewTag")}</Tag>
            <Switch defaultChecked />
          </Space>
          <Input placeholder={t("displayName")} style={{ maxWidth: 320 }} />
        </Space>
      </Card>
    </Space>
  );
}
