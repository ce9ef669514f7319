// A list's filters: inline on a wide screen; on a phone, a 筛选 button (with how many filters
// are on) that opens them in a drawer from the bottom, one control a line.
import { FilterOutlined } from "@ant-design/icons";
import { Button, Drawer, Space } from "antd";
import { type ReactNode, useState } from "react";

import { useT } from "../i18n";
import { commonMessages } from "./messages";

export function ResponsiveFilters({ isPhone, activeCount = 0, children }: { isPhone: boolean; activeCount?: number; children: (vertical: boolean) => ReactNode }) {
  const t = useT(commonMessages);
  const [open, setOpen] = useState(false);
  if (!isPhone) return <>{children(false)}</>;
  return (
    <>
      <Button icon={<FilterOutlined />} onClick={() => setOpen(true)} data-testid="open-filters">
        {activeCount > 0 ? t("filtersCount", { count: activeCount }) : t("filters")}
      </Button>
      <Drawer open={open} onClose={() => setOpen(false)} title={t("filters")} placement="bottom" size="large">
        {children(true)}
      </Drawer>
    </>
  );
}

/** The filter controls' row (or, in the drawer, column), each control `width` wide inline. */
export function FilterFields({ vertical, children }: { vertical: boolean; children: ReactNode }) {
  return (
    <Space wrap orientation={vertical ? "vertical" : "horizontal"} style={vertical ? { width: "100%" } : undefined}>
      {children}
    </Space>
  );
}

export function filterWidth(vertical: boolean, inline: number): number | string {
  return vertical ? "100%" : inline;
}
