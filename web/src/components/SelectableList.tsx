// A list of records with a checkbox on each for the batch actions: a table on a wide screen, one
// card per record on a phone. The test ids are `<testId>-row-<label>` and `<testId>-card-<label>`.
import { Card, Checkbox, Empty, Space, Spin, Table, type TableColumnsType } from "antd";
import type { SorterResult } from "antd/es/table/interface";
import type { HTMLAttributes, ReactNode } from "react";

import type { Selection } from "./useSelection";

interface Props<Row extends { id: string }> {
  isPhone: boolean;
  rows: Row[];
  loading: boolean;
  columns: TableColumnsType<Row>;
  selection: Selection<Row>;
  /** What names a record (its checkbox's label and its test id); the id when it has no name. */
  label: (row: Row) => string | null | undefined;
  renderCard: (row: Row) => ReactNode;
  onSort?: (sorter: SorterResult<Row> | SorterResult<Row>[]) => void;
  testId: string;
}

export function SelectableList<Row extends { id: string }>({ isPhone, rows, loading, columns, selection, label, renderCard, onSort, testId }: Props<Row>) {
  const { selected, toggle } = selection;
  const name = (row: Row) => label(row) ?? row.id;
  if (isPhone) {
    if (!loading && rows.length === 0) return <Empty />;
    return (
      <Spin spinning={loading}>
        <Space orientation="vertical" style={{ width: "100%" }} data-testid={`${testId}-cards`}>
          {rows.map((row) => (
            <Card key={row.id} size="small" data-testid={`${testId}-card-${name(row)}`}>
              <Space align="start" style={{ width: "100%" }}>
                <Checkbox checked={selected.has(row.id)} onChange={(e) => toggle(row, e.target.checked)} aria-label={name(row)} />
                <div>{renderCard(row)}</div>
              </Space>
            </Card>
          ))}
        </Space>
      </Spin>
    );
  }
  return (
    <Table<Row>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={rows}
      columns={columns}
      pagination={false}
      scroll={{ x: "max-content" }}
      onChange={onSort && ((_pagination, _filters, sorter) => onSort(sorter))}
      rowSelection={{
        selectedRowKeys: [...selected.keys()],
        preserveSelectedRowKeys: true,
        onSelect: (row, on) => toggle(row, on),
        onSelectAll: (on, _all, changed) => changed.forEach((row) => toggle(row, on)),
      }}
      onRow={(row) => ({ "data-testid": `${testId}-row-${name(row)}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
