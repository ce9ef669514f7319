// 任务列表: my tasks, or (for those who assign) the team's, a page at a time from the API,
// filtered and sorted there; create, open a task to change it, batch complete / reassign. On a
// phone the rows become cards and the filters move into a drawer.
import { PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Grid, Segmented, Space, Typography } from "antd";
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
import { BatchTaskModal, type BatchTaskAction } from "./BatchTaskModal";
import { activeFilterCount, INITIAL_STATE, listVariables, PAGE_SIZES, type Scope, type TaskListState } from "./filters";
import { taskMessages } from "./messages";
import { TASKS } from "./queries";
import { useZone } from "./shared";
import { TaskCard } from "./TaskCard";
import { SORT_ORDERS, taskColumns, type TaskRow } from "./taskColumns";
import { TaskDrawer } from "./TaskDrawer";
import { TaskFilters } from "./TaskFilters";
import { TaskFormModal } from "./TaskFormModal";
import { TasksTabs } from "./TasksTabs";

export function TaskListPage() {
  const t = useT(taskMessages);
  const zone = useZone();
  const { me, can } = useAuth();
  const { message } = App.useApp();
  const isPhone = Grid.useBreakpoint().md === false;
  const mayAssign = can("task", "assign");
  const [state, setState] = useState<TaskListState>(INITIAL_STATE);
  const pages = useCursorPages();
  const selection = useSelection<TaskRow>();
  const { selected } = selection;
  const [batch, setBatch] = useState<BatchTaskAction | null>(null);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);

  const viewer = useMemo(() => ({ id: me?.id ?? "", zone }), [me?.id, zone]);
  const variables = useMemo(() => listVariables(state, viewer, pages.after), [state, viewer, pages.after]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: TASKS, variables, pause: !me });
  const connection = data?.tasks;
  const rows = connection?.nodes ?? [];

  const update = (patch: Partial<TaskListState>) => {
    setState((current) => ({ ...current, ...patch }));
    pages.reset();
  };
  const refresh = () => refetch({ requestPolicy: "network-only" });

  const columns = taskColumns(t, zone, (task) => setOpenId(task.id)).map((column) => {
    const order = SORT_ORDERS[String(column.key)];
    if (!order) return column;
    return { ...column, sortOrder: state.orderBy === order ? (state.descending ? "descend" : "ascend") : null } as typeof column;
  });
  const onSort = (sorter: SorterResult<TaskRow> | SorterResult<TaskRow>[]) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const order = one?.order ? SORT_ORDERS[String(one.columnKey)] : undefined;
    update(order ? { orderBy: order, descending: one?.order === "descend" } : { orderBy: "DUE_AT", descending: false });
  };

  return (
    <div data-testid="tasks-page">
      <TasksTabs />
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 12 }} wrap>
        {mayAssign ? (
          <Segmented<Scope>
            value={state.scope}
            onChange={(scope) => update({ scope, assigneeId: null })}
            options={[
              { value: "mine", label: t("scopeMine") },
              { value: "team", label: t("scopeTeam") },
            ]}
            data-testid="task-scope"
          />
        ) : (
          <span />
        )}
        {can("task", "create") && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-task">
            {t("create")}
          </Button>
        )}
      </Space>
      <Space wrap style={{ marginBottom: 12, width: "100%" }}>
        <ResponsiveFilters isPhone={isPhone} activeCount={activeFilterCount(state)}>
          {(vertical) => <TaskFilters state={state} onChange={update} vertical={vertical} />}
        </ResponsiveFilters>
      </Space>
      {selected.size > 0 && (
        <Space wrap style={{ marginBottom: 12 }} data-testid="batch-bar">
          <Typography.Text>{t("selected", { count: selected.size })}</Typography.Text>
          {can("task", "update") && <Button onClick={() => setBatch("complete")} data-testid="batch-complete">{t("batchComplete")}</Button>}
          {mayAssign && <Button onClick={() => setBatch("reassign")} data-testid="batch-reassign">{t("batchReassign")}</Button>}
        </Space>
      )}
      {error && <Alert type="error" showIcon title={t("loadFailed", { message: error.message })} style={{ marginBottom: 12 }} />}
      <SelectableList<TaskRow>
        isPhone={isPhone}
        rows={rows}
        loading={fetching}
        columns={columns}
        selection={selection}
        label={(task) => task.title}
        renderCard={(task) => <TaskCard task={task} onOpen={(opened) => setOpenId(opened.id)} />}
        onSort={onSort}
        testId="task"
      />
      <CursorPager pages={pages} connection={connection} pageSize={{ value: state.pageSize, options: PAGE_SIZES, onChange: (pageSize) => update({ pageSize }) }} testId="task-pager" />
      {batch && (
        <BatchTaskModal
          action={batch}
          tasks={[...selected.values()]}
          onClose={() => setBatch(null)}
          onDone={(count, finished) => {
            message.success(t("doneCount", { count }));
            if (finished) {
              setBatch(null);
              selection.clear();
            }
            refresh();
          }}
        />
      )}
      {creating && (
        <TaskFormModal
          onClose={() => setCreating(false)}
          onSaved={(text) => {
            message.success(text);
            setCreating(false);
            refresh();
          }}
        />
      )}
      {openId && <TaskDrawer taskId={openId} onClose={() => setOpenId(null)} onChanged={refresh} />}
    </div>
  );
}
