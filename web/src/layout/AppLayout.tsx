// The frame of every signed-in page: the menu the role allows, the bell, the user menu. On a
// phone the menu becomes a drawer.
import {
  AimOutlined,
  AppstoreOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FunnelPlotOutlined,
  LogoutOutlined,
  MenuOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from "@ant-design/icons";
import { Avatar, Button, Drawer, Dropdown, Grid, Layout, Menu, Space, Typography } from "antd";
import type { ItemType } from "antd/es/menu/interface";
import { type ReactNode, useState } from "react";
import { Outlet, useLocation, useNavigate } from "react-router";

import { useAuth } from "../auth/AuthProvider";
import { useT } from "../i18n";
import { shellMessages } from "./messages";
import { NotificationBell } from "./NotificationBell";

interface Entry {
  path: string;
  key: keyof (typeof shellMessages)["en"];
  icon: ReactNode;
  /** Shown when the role may read this object type (the API enforces it anyway). */
  needs?: [string, string];
}

export const MENU: Entry[] = [
  { path: "/", key: "workbench", icon: <DashboardOutlined /> },
  { path: "/leads", key: "leads", icon: <AimOutlined />, needs: ["lead", "read"] },
  { path: "/customers", key: "customers", icon: <TeamOutlined />, needs: ["customer", "read"] },
  { path: "/pipeline", key: "pipeline", icon: <FunnelPlotOutlined />, needs: ["opportunity", "read"] },
  { path: "/tasks", key: "tasks", icon: <CalendarOutlined />, needs: ["task", "read"] },
  { path: "/capture", key: "marketing", icon: <AppstoreOutlined />, needs: ["campaign", "read"] },
  { path: "/settings", key: "settings", icon: <SettingOutlined /> },
];

function selectedKey(pathname: string): string {
  const match = MENU.filter((e) => e.path !== "/" && (pathname === e.path || pathname.startsWith(`${e.path}/`))).sort(
    (a, b) => b.path.length - a.path.length,
  )[0];
  return match?.path ?? "/";
}

export function AppLayout() {
  const t = useT(shellMessages);
  const { me, can, signOut } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;
  const [drawerOpen, setDrawerOpen] = useState(false);

  const items: ItemType[] = MENU.filter((e) => !e.needs || can(...e.needs)).map((e) => ({
    key: e.path,
    icon: e.icon,
    label: t(e.key),
  }));
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[selectedKey(pathname)]}
      items={items}
      onClick={({ key }) => {
        navigate(key);
        setDrawerOpen(false);
      }}
    />
  );

  return (
    <Layout className="app-layout">
      {!narrow && (
        <Layout.Sider width={208} collapsible breakpoint="lg" theme="light" className="app-sider">
          <div className="app-logo">{t("appName")}</div>
          {menu}
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="app-header">
          <Space>
            {narrow && (
              <Button type="text" aria-label={t("menu")} icon={<MenuOutlined />} onClick={() => setDrawerOpen(true)} />
            )}
            {narrow && <Typography.Text strong>{t("appName")}</Typography.Text>}
          </Space>
          <Space size="middle">
            <NotificationBell />
            <Dropdown
              menu={{
                items: [
                  { key: "profile", icon: <UserOutlined />, label: t("profile") },
                  { key: "signOut", icon: <LogoutOutlined />, label: t("signOut") },
                ],
                onClick: ({ key }) => {
                  if (key === "profile") navigate("/settings/profile");
                  else void signOut().then(() => navigate("/login"));
                },
              }}
            >
              <Space className="app-user" data-testid="user-menu">
                <Avatar size="small">{me?.displayName.slice(0, 1)}</Avatar>
                {!narrow && <span>{me?.displayName}</span>}
              </Space>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content className="app-content">
          <Outlet />
        </Layout.Content>
      </Layout>
      <Drawer placement="left" open={drawerOpen} onClose={() => setDrawerOpen(false)} width={240} title={t("appName")}>
        {menu}
      </Drawer>
    </Layout>
  );
}
