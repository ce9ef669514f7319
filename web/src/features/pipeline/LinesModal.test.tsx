import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "antd";
import { Provider } from "urql";
import type { Client } from "urql";
import { fromValue, never } from "wonka";
import { describe, expect, it, vi } from "vitest";

import { LocaleProvider } from "../../i18n";
import { LinesModal, type LinesResult } from "./LinesModal";

const PRODUCT = { id: "UHJvZHVjdDox", code: "CRM-PRO", name: "CRM 专业版", unit: "套", listPrice: "33362.50", currency: "CNY" };

function renderModal(quantity: string, discountPercent: string | null = null) {
  const catalogue = { data: { products: { nodes: [PRODUCT] }, priceLists: { nodes: [] } } };
  const client = { executeQuery: vi.fn(() => fromValue(catalogue)), executeMutation: vi.fn(() => never), executeSubscription: vi.fn(() => never) } as unknown as Client;
  const onSubmit = vi.fn(async (_result: LinesResult) => null);
  render(
    <LocaleProvider locale="zh-CN">
      <App>
        <Provider value={client}>
          <LinesModal title="产品明细" currency="CNY" initial={[{ productId: PRODUCT.id, quantity, discountPercent }]} onSubmit={onSubmit} onClose={vi.fn()} />
        </Provider>
      </App>
    </LocaleProvider>,
  );
  return onSubmit;
}

const save = () => userEvent.setup().click(within(screen.getByRole("dialog")).getAllByRole("button").at(-1)!);

// Rendering antd forms takes a while on a busy machine.
describe("LinesModal", { timeout: 60_000 }, () => {
  it("refuses a quantity of 0 with a reason, where the input used to turn it into 0.01, and sends nothing", async () => {
    const onSubmit = renderModal("0");
    await save();
    expect(await screen.findByText("数量必须大于 0")).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText("数量")).toHaveValue("0");
  });

  it("refuses a discount over 100 as typed, and sends the lines once they are right", async () => {
    const onSubmit = renderModal("2", "120");
    await save();
    expect(await screen.findByText("折扣须在 0 到 100 之间")).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
    const discount = screen.getByLabelText("折扣 %");
    fireEvent.change(discount, { target: { value: "10" } });
    await save();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0].items).toEqual([{ productId: PRODUCT.id, quantity: "2", unitPrice: null, discountPercent: "10" }]);
  });
});
