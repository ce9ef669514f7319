// The footer of a list read a page at a time: the total, back and forward through the keyset
// cursors (useCursorPages), and the page size where the list lets the user choose it.
import { Button, Select, Space, Typography } from "antd";
import type { ReactNode } from "react";

import { useT } from "../i18n";
import { commonMessages } from "./messages";
import type { CursorPages } from "./useCursorPages";

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

interface Props<Size extends number> {
  pages: CursorPages;
  connection: Connection | undefined | null;
  pageSize?: { value: Size; options: readonly Size[]; onChange: (size: Size) => void };
  testId?: string;
  /** Shown after the buttons (a column chooser on a phone, say). */
  extra?: ReactNode;
}

export function CursorPager<Size extends number>({ pages, connection, pageSize, testId, extra }: Props<Size>) {
  const t = useT(commonMessages);
  return (
    <Space wrap style={{ marginTop: 12, width: "100%", justifyContent: "flex-end" }} data-testid={testId}>
      <Typography.Text>{t("total", { count: connection?.totalCount ?? 0 })}</Typography.Text>
      <Button disabled={!pages.hasPrev} onClick={pages.prev}>
        {t("prev")}
      </Button>
      <Button disabled={!connection?.pageInfo.hasNextPage} onClick={() => pages.next(connection?.pageInfo.endCursor)}>
        {t("next")}
      </Button>
      {pageSize && (
        <Select<Size>
          value={pageSize.value}
          onChange={pageSize.onChange}
          options={pageSize.options.map((size) => ({ value: size, label: t("pageSize", { size }) }))}
        />
      )}
      {extra}
    </Space>
  );
}
