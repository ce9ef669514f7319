import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Input, Segmented, Typography } from "antd";
import { useState } from "react";
import { useLocation, useNavigate } from "react-router";

import { type Locale, useLocale, useT } from "../i18n";
import { useAuth } from "./AuthProvider";
import { authMessages } from "./messages";

interface Credentials {
  login: string;
  password: string;
}

export function LoginPage() {
  const t = useT(authMessages);
  const { locale, setLocale } = useLocale();
  const { signIn } = useAuth();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? "/";

  const submit = async ({ login, password }: Credentials) => {
    setBusy(true);
    setError(null);
    const refused = await signIn(login.trim(), password);
    setBusy(false);
    if (refused) setError(refused);
    else navigate(from, { replace: true });
  };

  return (
    <div className="login-page">
      <Card className="login-card">
        <Typography.Title level={3}>{t("title")}</Typography.Title>
        <Segmented<Locale>
          size="small"
          value={locale}
          onChange={setLocale}
          options={[
            { label: "中文", value: "zh-CN" },
            { label: "English", value: "en" },
          ]}
        />
        {error && <Alert className="login-error" type="error" showIcon message={t("failed")} description={error} />}
        <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="login" label={t("login")} rules={[{ required: true, message: t("loginRequired") }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t("password")} rules={[{ required: true, message: t("passwordRequired") }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t("submit")}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
