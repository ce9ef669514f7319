import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { Provider } from "urql";
import type { Client } from "urql";
import { fromValue, never } from "wonka";
import { afterEach, describe, expect, it, vi } from "vitest";

import { LocaleProvider } from "../../i18n";
import { ThemeProvider } from "../../theme/ThemeProvider";
import { AppearancePage } from "./AppearancePage";

const SAVED = { __typename: "Appearance", mode: "DARK", primaryColor: "#1677ff", borderRadius: 6, compact: false };

/** The page, and a way to leave it without saving. */
function Harness() {
  const [shown, setShown] = useState(true);
  return (
    <>
      {shown && <AppearancePage />}
      <button onClick={() => setShown(false)}>leave</button>
    </>
  );
}

function renderPage() {
  const executeMutation = vi.fn(() =>
    fromValue({ data: { updateMyProfile: { user: { id: "VXNlcjox", appearance: SAVED }, userErrors: [] } } }),
  );
  const client = { executeQuery: vi.fn(() => never), executeMutation, executeSubscription: vi.fn(() => never) } as unknown as Client;
  render(
    <LocaleProvider locale="zh-CN">
      <ThemeProvider>
        <Provider value={client}>
          <Harness />
        </Provider>
      </ThemeProvider>
    </LocaleProvider>,
  );
  return { executeMutation };
}

afterEach(() => localStorage.clear());

// Ant Design renders slowly in jsdom on a busy machine.
describe("AppearancePage", { timeout: 30_000 }, () => {
  it("previews dark at once, and leaving unsaved brings the light look back", async () => {
    renderPage();
    const user = userEvent.setup();
    expect(document.documentElement.dataset.theme).toBe("light");
    await user.click(screen.getByText("深色"));
    expect(document.documentElement.dataset.theme).toBe("dark");
    await user.click(screen.getByText("leave"));
    expect(document.documentElement.dataset.theme).toBe("light");
    expect(localStorage.getItem("junlite.appearance")).toBeNull();
  });

  it("saves the look on the server without the API's type names, then keeps it on this browser", async () => {
    const { executeMutation } = renderPage();
    const user = userEvent.setup();
    await user.click(screen.getByText("深色"));
    await user.click(screen.getByTestId("save-appearance"));
    await waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(1));
    const [operation] = executeMutation.mock.calls[0] as unknown as [{ variables: { input: { appearance: unknown } } }];
    expect(operation.variables.input.appearance).toEqual({ mode: "DARK", primaryColor: "#1677ff", borderRadius: 6, compact: false });
    expect(await screen.findByText("已保存")).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem("junlite.appearance")!)).toEqual({
      mode: "DARK",
      primaryColor: "#1677ff",
      borderRadius: 6,
      compact: false,
    });
  });
});
