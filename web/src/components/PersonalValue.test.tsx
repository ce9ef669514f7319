import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "antd";
import { Provider } from "urql";
import type { Client } from "urql";
import { fromValue, never } from "wonka";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { LocaleProvider } from "../i18n";
import { PersonalValue } from "./PersonalValue";

const auth = { disclosure: "MASKED" as "MASKED" | "REVEAL" | "FULL" | null };
vi.mock("../auth/AuthProvider", () => ({ useAuth: () => ({ disclosure: () => auth.disclosure }) }));

function renderValue(executeMutation = vi.fn(() => fromValue({ data: { revealPersonalData: { value: "13912344618", userErrors: [] } } }))) {
  const client = { executeQuery: vi.fn(() => never), executeMutation, executeSubscription: vi.fn(() => never) } as unknown as Client;
  render(
    <LocaleProvider locale="zh-CN">
      <App>
        <Provider value={client}>
          <PersonalValue id="TGVhZDox" objectType="lead" field="phone" value="139****4618" testId="lead-phone" />
        </Provider>
      </App>
    </LocaleProvider>,
  );
  return executeMutation;
}

describe("PersonalValue", () => {
  beforeEach(() => {
    auth.disclosure = "MASKED";
  });

  it("offers no reveal to a role that may only see the masked value", () => {
    const reveal = renderValue();
    expect(screen.getByTestId("lead-phone")).toHaveTextContent("139****4618");
    expect(screen.queryByRole("button", { name: "查看完整" })).toBeNull();
    expect(reveal).not.toHaveBeenCalled();
  });

  it("reveals the whole value only on a click, for a role that may reveal", async () => {
    auth.disclosure = "REVEAL";
    const reveal = renderValue();
    expect(reveal).not.toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole("button", { name: "查看完整" }));
    expect(await screen.findByText("13912344618")).toBeInTheDocument();
    expect(reveal).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("button", { name: "查看完整" })).toBeNull();
  });
});
