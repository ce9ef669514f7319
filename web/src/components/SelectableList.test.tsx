import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { LocaleProvider } from "../i18n";
import { SelectableList } from "./SelectableList";
import { useSelection } from "./useSelection";

interface Row {
  id: string;
  name: string | null;
}
const ROWS: Row[] = [
  { id: "TGVhZDox", name: "王芳" },
  { id: "TGVhZDoy", name: null },
];

function Harness({ isPhone }: { isPhone: boolean }) {
  const selection = useSelection<Row>();
  return (
    <LocaleProvider locale="zh-CN">
      <SelectableList<Row>
        isPhone={isPhone}
        rows={ROWS}
        loading={false}
        columns={[{ key: "name", title: "姓名", render: (_: unknown, row: Row) => row.name ?? "—" }]}
        selection={selection}
        label={(row) => row.name}
        renderCard={(row) => <span>{`卡片 ${row.name ?? "无名"}`}</span>}
        testId="lead"
      />
      <output data-testid="selected">{[...selection.selected.keys()].join(",")}</output>
    </LocaleProvider>
  );
}

describe("SelectableList", () => {
  it("on a phone shows a card per record, named by its label or else its id, and selects by its checkbox", async () => {
    const user = userEvent.setup();
    render(<Harness isPhone />);
    expect(screen.getByTestId("lead-card-王芳")).toHaveTextContent("卡片 王芳");
    expect(screen.getByTestId("lead-card-TGVhZDoy")).toHaveTextContent("卡片 无名");
    await user.click(screen.getByRole("checkbox", { name: "TGVhZDoy" }));
    await user.click(screen.getByRole("checkbox", { name: "王芳" }));
    expect(screen.getByTestId("selected")).toHaveTextContent("TGVhZDoy,TGVhZDox");
    await user.click(screen.getByRole("checkbox", { name: "TGVhZDoy" }));
    expect(screen.getByTestId("selected")).toHaveTextContent(/^TGVhZDox$/);
  });

  it("on a wide screen shows a table whose select-all takes every row on the page", async () => {
    const user = userEvent.setup();
    render(<Harness isPhone={false} />);
    expect(within(screen.getByTestId("lead-row-王芳")).getByText("王芳")).toBeInTheDocument();
    expect(within(screen.getByTestId("lead-row-TGVhZDoy")).getByText("—")).toBeInTheDocument();
    const selectAll = screen.getAllByRole("checkbox")[0] as HTMLElement;
    await user.click(selectAll);
    expect(screen.getByTestId("selected")).toHaveTextContent(/^TGVhZDox,TGVhZDoy$/);
    await user.click(selectAll);
    expect(screen.getByTestId("selected")).toHaveTextContent(/^$/);
  });
});
