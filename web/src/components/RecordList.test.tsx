import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { RecordList } from "./RecordList";

interface Rule {
  id: string;
  name: string;
  points: number;
}
const RULES: Rule[] = [
  { id: "UnVsZTox", name: "来自展会", points: 20 },
  { id: "UnVsZToy", name: "未留邮箱", points: -5 },
];

function renderList(isPhone: boolean, rows: Rule[]) {
  render(
    <RecordList<Rule>
      isPhone={isPhone}
      rows={rows}
      loading={false}
      emptyText="还没有评分规则"
      testId={(rule) => `score-rule-${rule.name}`}
      card={(rule) => ({ title: rule.name, extra: `${rule.points} 分`, body: <span>{`条件 ${rule.id}`}</span> })}
      columns={[
        { title: "名称", dataIndex: "name", key: "name" },
        { title: "分值", dataIndex: "points", key: "points" },
      ]}
    />,
  );
}

describe("RecordList", () => {
  it("shows a row per record on a wide screen", () => {
    renderList(false, RULES);
    const row = screen.getByTestId("score-rule-未留邮箱");
    expect(within(row).getByText("未留邮箱")).toBeInTheDocument();
    expect(within(row).getByText("-5")).toBeInTheDocument();
  });

  it("shows a titled card per record on a phone", () => {
    renderList(true, RULES);
    const card = screen.getByTestId("score-rule-来自展会");
    expect(card).toHaveTextContent("来自展会20 分条件 UnVsZTox");
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("says what is missing when there is nothing, on either screen", () => {
    renderList(true, []);
    expect(screen.getByText("还没有评分规则")).toBeInTheDocument();
  });
});
