// 线索获取与分配: one page with a tab per screen the role may see; /capture opens the first.
import { Result, Tabs, Typography } from "antd";
import { Navigate, Outlet, useLocation, useNavigate } from "react-router";

import { useAuth } from "../../auth/AuthProvider";
import { useT } from "../../i18n";
import { type CaptureTab, visibleTabs } from "./access";
import { captureMessages } from "./messages";

const LABELS = { routing: "tabRouting", scoring: "tabScoring", forms: "tabForms", events: "tabEvents", webhooks: "tabWebhooks", wechat: "tabWechat" } as const;

export function CaptureLayout() {
  const t = useT(captureMessages);
  const { can } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const tabs = visibleTabs(can);
  const current = pathname.split("/")[2] as CaptureTab | undefined;

  if (tabs.length === 0) return <Result status="403" subTitle={t("noAccess")} />;
  if (!current) return <Navigate to={`/capture/${tabs[0]}`} replace />;
  if (!tabs.includes(current)) return <Result status="403" subTitle={t("noAccess")} />;

  return (
    <div data-testid="capture-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>{t("title")}</Typography.Title>
      <Tabs
        activeKey={current}
        onChange={(key) => navigate(`/capture/${key}`)}
        items={tabs.map((key) => ({ key, label: t(LABELS[key]) }))}
      />
      <Outlet />
    </div>
  );
}
