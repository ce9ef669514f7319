import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { LocaleProvider } from "../i18n";
import { ResponsiveFilters } from "./ResponsiveFilters";

function renderFilters(isPhone: boolean, activeCount: number) {
  render(
    <LocaleProvider locale="zh-CN">
      <ResponsiveFilters isPhone={isPhone} activeCount={activeCount}>
        {(vertical) => <span data-testid="filter-controls">{vertical ? "一行一个" : "同一行"}</span>}
      </ResponsiveFilters>
    </LocaleProvider>,
  );
}

describe("ResponsiveFilters", () => {
  it("puts the controls inline on a wide screen, with no button", () => {
    renderFilters(false, 2);
    expect(screen.getByTestId("filter-controls")).toHaveTextContent("同一行");
    expect(screen.queryByTestId("open-filters")).toBeNull();
  });

  it("on a phone says how many filters are on and opens them, one a line, in a drawer", async () => {
    const user = userEvent.setup();
    renderFilters(true, 2);
    expect(screen.queryByTestId("filter-controls")).toBeNull();
    expect(screen.getByTestId("open-filters")).toHaveTextContent("筛选（2）");
    await user.click(screen.getByTestId("open-filters"));
    expect(await screen.findByTestId("filter-controls")).toHaveTextContent("一行一个");
  });

  it("on a phone with no filter on says just 筛选", () => {
    renderFilters(true, 0);
    expect(screen.getByTestId("open-filters")).toHaveTextContent(/^筛选$/);
  });
});
