// The customer screens' own tabs: list, public pool, duplicates, recycle bin (the last two only
// for roles that may merge or restore).
import { Tabs } from "antd";
import { useLocation, useNavigate } from "react-router";

import { useAuth } from "../../auth/AuthProvider";
import { useT } from "../../i18n";
import { customerMessages } from "./messages";

export function CustomersNav() {
  const t = useT(customerMessages);
  const { can } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const mayDelete = can("customer", "delete");
  const items = [
    { key: "/customers", label: t("navList") },
    { key: "/customers/pool", label: t("navPool") },
    ...(mayDelete ? [{ key: "/customers/duplicates", label: t("navDuplicates") }, { key: "/customers/bin", label: t("navBin") }] : []),
  ];
  const active = items.find((item) => item.key !== "/customers" && pathname.startsWith(item.key))?.key ?? "/customers";
  return <Tabs activeKey={active} items={items} onChange={(key) => navigate(key)} style={{ marginBottom: 4 }} />;
}
