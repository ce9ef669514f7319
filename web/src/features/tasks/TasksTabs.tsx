// The task screens as tabs of one page: the list, the calendar, the follow-up plans, the visits.
import { Tabs, Typography } from "antd";
import { useLocation, useNavigate } from "react-router";

import { useT } from "../../i18n";
import { taskMessages } from "./messages";

const TABS = [
  { key: "/tasks", label: "tabList" },
  { key: "/tasks/calendar", label: "tabCalendar" },
  { key: "/tasks/plans", label: "tabPlans" },
  { key: "/tasks/visits", label: "tabVisits" },
] as const;

export function TasksTabs() {
  const t = useT(taskMessages);
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <Typography.Title level={3} style={{ margin: 0 }}>{t("title")}</Typography.Title>
      <Tabs
        activeKey={TABS.find((tab) => tab.key === pathname)?.key ?? "/tasks"}
        onChange={(key) => navigate(key)}
        items={TABS.map((tab) => ({ key: tab.key, label: t(tab.label) }))}
        style={{ marginBottom: 4 }}
      />
    </>
  );
}
