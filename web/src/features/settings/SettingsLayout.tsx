// 设置: a side menu of the sections the role may use and the chosen section beside it; on a
// phone the menu becomes a selector above the section.
import { Card, Grid, Menu, Select, Typography } from "antd";
import { Navigate, Outlet, useLocation, useNavigate } from "react-router";

import { useAuth } from "../../auth/AuthProvider";
import { useT } from "../../i18n";
import { settingsMessages } from "./messages";
import { sectionOf, visibleSections } from "./sections";

export function SettingsLayout() {
  const t = useT(settingsMessages);
  const { can } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const isPhone = screens.md === false;
  const sections = visibleSections(can);
  const current = sectionOf(pathname);

  if (!current) return <Navigate to={`/settings/${sections[0]}`} replace />;
  const items = sections.map((key) => ({ key, label: t(`section_${key}`) }));

  return (
    <div data-testid="settings-page">
      <Typography.Title level={3} style={{ marginTop: 0 }}>{t("title")}</Typography.Title>
      {isPhone ? (
        <Select
          value={current}
          options={items.map((item) => ({ value: item.key, label: item.label }))}
          onChange={(key) => navigate(`/settings/${key}`)}
          style={{ width: "100%", marginBottom: 12 }}
          aria-label={t("title")}
          data-testid="settings-sections"
        />
      ) : null}
      <div style={{ display: "flex", gap: 16, alignItems: "flex-start" }}>
        {!isPhone && (
          <Card size="small" style={{ width: screens.xl ? 200 : 150, flex: "none" }} styles={{ body: { padding: 4 } }}>
            <Menu
              mode="inline"
              selectedKeys={[current]}
              items={items}
              onClick={({ key }) => navigate(`/settings/${key}`)}
              style={{ borderInlineEnd: "none" }}
              data-testid="settings-menu"
            />
          </Card>
        )}
        <div style={{ flex: 1, minWidth: 0 }}>
          {sections.includes(current) ? <Outlet /> : <Typography.Text type="secondary">{t("forbidden")}</Typography.Text>}
        </div>
      </div>
    </div>
  );
}
