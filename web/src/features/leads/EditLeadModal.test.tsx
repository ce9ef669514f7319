import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "antd";
import type { Client } from "urql";
import { Provider } from "urql";
import { fromValue, never } from "wonka";
import { describe, expect, it, vi } from "vitest";

import { LocaleProvider } from "../../i18n";
import type { DetailLead } from "./ConversionChecklist";
import { EditLeadModal } from "./EditLeadModal";

const lead = {
  __typename: "Lead", id: "TGVhZDox", name: "王芳", company: "华信", title: null, industry: null, province: null, city: null,
  district: null, phone: "138****8000", email: null, wechatId: null, campaign: null, priority: "HIGH", tags: ["展会"], notes: null,
  productInterests: [], serviceNeeds: [],
} as unknown as DetailLead;

function renderModal(answer: Record<string, unknown>, onSaved = vi.fn()) {
  const executeMutation = vi.fn(() => fromValue({ data: answer }));
  const client = { executeQuery: vi.fn(() => never), executeMutation, executeSubscription: vi.fn(() => never) } as unknown as Client;
  render(
    <LocaleProvider locale="zh-CN">
      <App>
        <Provider value={client}>
          <EditLeadModal lead={lead} onClose={vi.fn()} onSaved={onSaved} />
        </Provider>
      </App>
    </LocaleProvider>,
  );
  return { executeMutation, onSaved };
}

describe("EditLeadModal", () => {
  it("sends only the changed field, never the masked phone, and puts the API's error under the field", async () => {
    const { executeMutation, onSaved } = renderModal({
      updateLead: { lead: null, userErrors: [{ field: ["input", "company"], code: "TOO_LONG", message: "公司名称过长" }] },
    });
    fireEvent.change(screen.getByLabelText("公司"), { target: { value: "深圳华信科技" } });
    fireEvent.click(screen.getByRole("button", { name: /确\s*定/ }));
    await waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(1));
    const [operation] = executeMutation.mock.calls[0] as unknown as [{ variables: { input: Record<string, unknown> } }];
    const { idempotencyKey, ...input } = operation.variables.input;
    expect(input).toEqual({ id: "TGVhZDox", company: "深圳华信科技" });
    expect(typeof idempotencyKey).toBe("string");
    expect(await screen.findByText("内容过长")).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
  }, 60_000);
});
