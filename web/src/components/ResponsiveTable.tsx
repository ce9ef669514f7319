// A table on a desktop or tablet; on a phone the same rows as cards, one per row, showing the
// columns marked `card` (a table of ten columns does not fit 390 pixels).
import { Card, Checkbox, Grid, List, Table, type TableProps } from "antd";
import type { ColumnType } from "antd/es/table";
import type { Key, ReactNode } from "react";

export type ResponsiveColumn<T> = ColumnType<T> & {
  /** Shown on the phone's card; the first such column is the card's title. */
  card?: boolean;
};

interface Props<T> extends Omit<TableProps<T>, "columns"> {
  columns: ResponsiveColumn<T>[];
  rowKey: keyof T & string;
  /** What to render on the phone card's right (actions). */
  cardExtra?: (row: T) => ReactNode;
}

function cellOf<T>(column: ResponsiveColumn<T>, row: T, index: number): ReactNode {
  const value = column.dataIndex ? (row as Record<string, unknown>)[String(column.dataIndex)] : undefined;
  return column.render ? (column.render(value, row, index) as ReactNode) : (value as ReactNode);
}

export function ResponsiveTable<T extends object>({ columns, rowKey, cardExtra, ...table }: Props<T>) {
  const screens = Grid.useBreakpoint();
  if (screens.md !== false) {
    return <Table<T> columns={columns} rowKey={rowKey} scroll={{ x: "max-content" }} {...table} />;
  }
  const shown = columns.filter((c) => c.card);
  const [title, ...rest] = shown;
  const selection = table.rowSelection;
  const selected = new Set<Key>(selection?.selectedRowKeys ?? []);
  return (
    <List<T>
      loading={Boolean(table.loading)}
      dataSource={(table.dataSource ?? []) as T[]}
      rowKey={rowKey}
      pagination={false}
      renderItem={(row, index) => {
        const key = row[rowKey] as Key;
        return (
          <List.Item>
            <Card
              size="small"
              style={{ width: "100%" }}
              title={
                <span>
                  {selection && (
                    <Checkbox
                      checked={selected.has(key)}
                      onChange={(event) => {
                        const keys = event.target.checked
                          ? [...selected, key]
                          : [...selected].filter((k) => k !== key);
                        const rows = ((table.dataSource ?? []) as T[]).filter((r) => keys.includes(r[rowKey] as Key));
                        selection.onChange?.(keys, rows, { type: "multiple" });
                      }}
                      style={{ marginRight: 8 }}
                    />
                  )}
                  {title ? cellOf(title, row, index) : null}
                </span>
              }
              extra={cardExtra?.(row)}
              onClick={() => table.onRow?.(row, index)?.onClick?.({} as never)}
            >
              {rest.map((column) => (
                <div key={String(column.key ?? column.dataIndex)} className="card-field">
                  <span className="card-label">{column.title as ReactNode}</span>
                  <span>{cellOf(column, row, index)}</span>
                </div>
              ))}
            </Card>
          </List.Item>
        );
      }}
    />
  );
}
