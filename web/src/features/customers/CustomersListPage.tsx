// 客户列表: the `customers` connection a page at a time (keyset cursors), searched, filtered and
// sorted by the API; batch 退回公海 on the selected rows, 导出 of the filtered list as CSV, and
// 新建客户. On a phone the rows become cards and the filters move into a drawer.
import { DownloadOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Grid, Input, Space, Typography } from "antd";
import type { SorterResult } from "antd/es/table/interface";
import { useMemo, useState } from "react";
import { useNavigate } from "react-router";
import { useMutation, useQuery } from "urql";

import { CursorPager } from "../../components/CursorPager";
import { ResponsiveFilters } from "../../components/ResponsiveFilters";
import { SelectableList } from "../../components/SelectableList";
import { useCursorPages } from "../../components/useCursorPages";
import { useSelection } from "../../components/useSelection";
import { useAuth } from "../../auth/AuthProvider";
import { useT } from "../../i18n";
import { CustomerCard } from "./CustomerCard";
import { customerColumns, type CustomerRow, SORT_ORDERS } from "./customerColumns";
import { CustomerFilters } from "./CustomerFilters";
import { CustomerFormModal } from "./CustomerFormModal";
import { CustomersNav } from "./CustomersNav";
import { saveText } from "../../api/files";
import { activeFilterCount, type CustomerListState, filterInput, INITIAL_STATE, listVariables, PAGE_SIZES } from "./filters";
import { customerMessages } from "./messages";
import { CUSTOMERS, EXPORT_CUSTOMERS } from "./queries";
import { ReleaseModal } from "./ReleaseModal";

export function CustomersListPage() {
  const t = useT(customerMessages);
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const isPhone = Grid.useBreakpoint().md === false;
  const [state, setState] = useState<CustomerListState>(INITIAL_STATE);
  const [searchText, setSearchText] = useState("");
  const pages = useCursorPages();
  const selection = useSelection<CustomerRow>();
  const { selected } = selection;
  const [releasing, setReleasing] = useState(false);
  const [creating, setCreating] = useState(false);
  const [{ fetching: exporting }, exportCustomers] = useMutation(EXPORT_CUSTOMERS);

  const variables = useMemo(() => listVariables(state, pages.after), [state, pages.after]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: CUSTOMERS, variables });
  const connection = data?.customers;
  const rows = connection?.nodes ?? [];
  const refresh = () => refetch({ requestPolicy: "network-only" });

  const update = (patch: Partial<CustomerListState>) => {
    setState((current) => ({ ...current, ...patch }));
    pages.reset();
  };
  const columns = customerColumns(t).map((column) => {
    const order = SORT_ORDERS[column.key];
    const sortOrder = order && state.orderBy === order ? (state.descending ? "descend" : "ascend") : null;
    return { ...column, sorter: Boolean(order), sortOrder: sortOrder as "descend" | "ascend" | null };
  });
  const onSort = (sorter: SorterResult<CustomerRow> | SorterResult<CustomerRow>[]) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const order = one?.order ? SORT_ORDERS[String(one.columnKey)] : undefined;
    update(order ? { orderBy: order, descending: one?.order === "descend" } : { orderBy: "CREATED_AT", descending: true });
  };

  async function runExport() {
    const result = await exportCustomers({ input: { filter: filterInput(state) } });
    const payload = result.data?.exportCustomers;
    if (result.error || !payload) return message.error(t("failed", { message: result.error?.message ?? "" }));
    if (payload.userErrors.length > 0) return message.error(payload.userErrors.map((e) => e.message).join(t("sentenceSep")));
    if (payload.fileName && payload.content != null) {
      saveText(payload.fileName, payload.contentType ?? "text/csv", payload.content);
      message.success(t("exported", { count: payload.rowCount ?? 0 }));
    }
  }

  return (
    <div data-testid="customers-page">
      <CustomersNav />
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 12 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>{t("title")}</Typography.Title>
        <Space wrap>
          {can("customer", "export") && (
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={runExport} data-testid="export-customers">{t("export")}</Button>
          )}
          {can("customer", "create") && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-customer">{t("create")}</Button>
          )}
        </Space>
      </Space>
      <Space wrap style={{ marginBottom: 12, width: "100%" }}>
        <Input.Search
          allowClear
          placeholder={t("searchPlaceholder")}
          aria-label={t("searchPlaceholder")}
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          onSearch={(search) => update({ search })}
          style={{ width: isPhone ? "100%" : 280 }}
          data-testid="customer-search"
        />
        <ResponsiveFilters isPhone={isPhone} activeCount={activeFilterCount(state)}>
          {(vertical) => <CustomerFilters state={state} onChange={update} vertical={vertical} />}
        </ResponsiveFilters>
      </Space>
      {selected.size > 0 && (
        <Space wrap style={{ marginBottom: 12 }} data-testid="batch-bar">
          <Typography.Text>{t("selected", { count: selected.size })}</Typography.Text>
          {can("customer", "update") && <Button onClick={() => setReleasing(true)} data-testid="batch-release">{t("release")}</Button>}
        </Space>
      )}
      {error && <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} style={{ marginBottom: 12 }} />}
      <SelectableList<CustomerRow>
        isPhone={isPhone}
        rows={rows}
        loading={fetching}
        columns={columns}
        selection={selection}
        label={(customer) => customer.name}
        renderCard={(customer) => <CustomerCard customer={customer} />}
        onSort={onSort}
        testId="customer"
      />
      <CursorPager pages={pages} connection={connection} pageSize={{ value: state.pageSize, options: PAGE_SIZES, onChange: (pageSize) => update({ pageSize }) }} testId="customer-pager" />
      {releasing && (
        <ReleaseModal
          customers={[...selected.values()]}
          onClose={() => setReleasing(false)}
          onDone={(count) => {
            message.success(t("released", { count }));
            setReleasing(false);
            selection.clear();
            refresh();
          }}
        />
      )}
      {creating && (
        <CustomerFormModal
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            message.success(t("created"));
            setCreating(false);
            navigate(`/customers/${encodeURIComponent(id)}`);
          }}
        />
      )}
    </div>
  );
}
