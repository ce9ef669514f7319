// 线索列表: the `leads` connection a page at a time (keyset cursors), sorted and filtered by the
// API, with a column chooser, batch actions on the selected rows and 新建线索. On a phone the
// rows become cards and the filters move into a drawer.
import { PlusOutlined, SettingOutlined } from "@ant-design/icons";
import { Alert, App, Button, Checkbox, Grid, Input, Popover, Space, Typography } from "antd";
import type { SorterResult } from "antd/es/table/interface";
import { useMemo, useState } from "react";
import { useQuery } from "urql";

import { CursorPager } from "../../components/CursorPager";
import { ResponsiveFilters } from "../../components/ResponsiveFilters";
import { SelectableList } from "../../components/SelectableList";
import { useCursorPages } from "../../components/useCursorPages";
import { useSelection } from "../../components/useSelection";
import { useAuth } from "../../auth/AuthProvider";
import { useT } from "../../i18n";
import { BatchActionModal, type BatchAction } from "./BatchActionModal";
import { CreateLeadModal } from "./CreateLeadModal";
import { activeFilterCount, INITIAL_STATE, type LeadListState, listVariables, PAGE_SIZES } from "./filters";
import { COLUMN_KEYS, type ColumnKey, DEFAULT_COLUMNS, leadColumns, type LeadRow, SORT_ORDERS } from "./leadColumns";
import { LeadCard } from "./LeadCard";
import { LeadFilters } from "./LeadFilters";
import { LeadListActions } from "./LeadListActions";
import type { SavedFilter } from "./savedFilters";
import { leadMessages } from "./messages";
import { LEADS } from "./queries";
import { useColumnChooser } from "./useColumnChooser";

export function LeadsListPage() {
  const t = useT(leadMessages);
  const { can } = useAuth();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const isPhone = screens.md === false;
  const [state, setState] = useState<LeadListState>(INITIAL_STATE);
  const [searchText, setSearchText] = useState("");
  // The cursor each page starts after; the last one is the page shown. Forward-only keyset
  // pages, so going back pops the stack.
  const pages = useCursorPages();
  const selection = useSelection<LeadRow>();
  const { selected } = selection;
  const [action, setAction] = useState<BatchAction | null>(null);
  const [creating, setCreating] = useState(false);
  const { visible, setVisible } = useColumnChooser<ColumnKey>("junlite.leads.columns", COLUMN_KEYS, DEFAULT_COLUMNS);

  const variables = useMemo(() => listVariables(state, pages.after), [state, pages.after]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: LEADS, variables });
  const connection = data?.leads;
  const rows = connection?.nodes ?? [];

  const update = (patch: Partial<LeadListState>) => {
    setState((current) => ({ ...current, ...patch }));
    pages.reset();
  };
  const refresh = () => refetch({ requestPolicy: "network-only" });
  const applySaved = (saved: SavedFilter) => {
    update(saved.state);
    setSearchText(saved.state.search);
    setVisible(saved.columns);
  };

  const allColumns = leadColumns(t);
  const columns = visible.map((key) => {
    const order = SORT_ORDERS[key];
    const sortOrder = order && state.orderBy === order && state.descending !== null ? (state.descending ? "descend" : "ascend") : null;
    return { ...allColumns[key], key, sorter: Boolean(order), sortOrder: sortOrder as "descend" | "ascend" | null };
  });

  const onSort = (sorter: SorterResult<LeadRow> | SorterResult<LeadRow>[]) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const order = one?.order ? SORT_ORDERS[one.columnKey as ColumnKey] : undefined;
    update(order ? { orderBy: order, descending: one?.order === "descend" } : { orderBy: "CREATED_AT", descending: null });
  };

  const mayAssign = can("lead", "assign");
  const mayUpdate = can("lead", "update");
  const selectedLeads = [...selected.values()];

  const columnChooser = (
    <Popover
      trigger="click"
      title={t("columns")}
      content={
        <Checkbox.Group
          style={{ display: "flex", flexDirection: "column", gap: 4 }}
          value={visible}
          onChange={(keys) => setVisible(keys as ColumnKey[])}
          options={COLUMN_KEYS.map((key) => ({ value: key, label: String(allColumns[key].title) }))}
        />
      }
    >
      <Button icon={<SettingOutlined />} data-testid="column-chooser">{t("columns")}</Button>
    </Popover>
  );

  return (
    <div data-testid="leads-page">
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 12 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>{t("title")}</Typography.Title>
        <Space wrap>
          <LeadListActions state={state} onApply={applySaved} visibleColumns={visible} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-lead">
            {t("create")}
          </Button>
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
          style={{ width: isPhone ? "100%" : 300 }}
          data-testid="lead-search"
        />
        <ResponsiveFilters isPhone={isPhone} activeCount={activeFilterCount(state)}>
          {(vertical) => <LeadFilters state={state} onChange={update} vertical={vertical} />}
        </ResponsiveFilters>
        {!isPhone && columnChooser}
      </Space>
      {selected.size > 0 && (
        <Space wrap style={{ marginBottom: 12 }} data-testid="batch-bar">
          <Typography.Text>{t("selected", { count: selected.size })}</Typography.Text>
          {mayAssign && <Button onClick={() => setAction("assign")} data-testid="batch-assign">{t("assign")}</Button>}
          {mayAssign && <Button onClick={() => setAction("transfer")}>{t("transfer")}</Button>}
          {mayUpdate && <Button onClick={() => setAction("status")}>{t("changeStatus")}</Button>}
          {mayUpdate && <Button danger onClick={() => setAction("close")}>{t("close")}</Button>}
        </Space>
      )}
      {error && <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} style={{ marginBottom: 12 }} />}
      <SelectableList<LeadRow>
        isPhone={isPhone}
        rows={rows}
        loading={fetching}
        columns={columns}
        selection={selection}
        label={(lead) => lead.name}
        renderCard={(lead) => <LeadCard lead={lead} />}
        onSort={onSort}
        testId="lead"
      />
      <CursorPager pages={pages} connection={connection} pageSize={{ value: state.pageSize, options: PAGE_SIZES, onChange: (pageSize) => update({ pageSize }) }} testId="lead-pager" extra={isPhone && columnChooser} />
      {action && (
        <BatchActionModal
          action={action}
          leads={selectedLeads}
          onClose={() => setAction(null)}
          onDone={(count, finished) => {
            message.success(t("done", { count }));
            if (finished) {
              setAction(null);
              selection.clear();
            }
            refresh();
          }}
        />
      )}
      {creating && (
        <CreateLeadModal
          onClose={() => setCreating(false)}
          onCreated={() => {
            message.success(t("created"));
            setCreating(false);
            refresh();
          }}
        />
      )}
    </div>
  );
}
