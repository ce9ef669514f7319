// A short list of settings-like records (rules, forms, events, sources): a table on a wide screen,
// one titled card per record on a phone. Test ids are `testId(row)` in both.
import { Card, Empty, Space, Spin, Table, type TableColumnsType } from "antd";
import type { HTMLAttributes, ReactNode } from "react";

export interface RecordCard {
  title: ReactNode;
  extra?: ReactNode;
  body: ReactNode;
}

interface Props<Row extends { id: string }> {
  isPhone: boolean;
  rows: Row[];
  loading: boolean;
  columns: TableColumnsType<Row>;
  card: (row: Row) => RecordCard;
  emptyText: string;
  testId: (row: Row) => string;
}

export function RecordList<Row extends { id: string }>({ isPhone, rows, loading, columns, card, emptyText, testId }: Props<Row>) {
  if (!isPhone) {
    return (
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: <Empty description={emptyText} /> }}
        onRow={(row) => ({ "data-testid": testId(row) }) as HTMLAttributes<HTMLElement>}
        columns={columns}
      />
    );
  }
  if (rows.length === 0 && !loading) return <Empty description={emptyText} />;
  return (
    <Spin spinning={loading}>
      <Space orientation="vertical" style={{ width: "100%" }}>
        {rows.map((row) => {
          const { title, extra, body } = card(row);
          return (
            <Card key={row.id} size="small" title={title} extra={extra} data-testid={testId(row)}>
              {body}
            </Card>
          );
        })}
      </Space>
    </Spin>
  );
}
