import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "antd";
import { describe, expect, it, vi } from "vitest";

import { LocaleProvider } from "../../../i18n";
import { FormPreview } from "./FormPreview";
import { SnippetCard } from "./SnippetCard";

function inChinese(node: React.ReactNode) {
  return render(
    <LocaleProvider locale="zh-CN">
      <App>{node}</App>
    </LocaleProvider>,
  );
}

describe("FormPreview", () => {
  it("shows the form as a visitor sees it: labels, choices, the consent box and the submit button", () => {
    inChinese(
      <FormPreview
        name="官网咨询"
        consentText="我已阅读并同意《隐私政策》"
        fields={[
          { key: "name", label: "姓名", type: "TEXT", required: true, options: [], mapsTo: "name" },
          { key: "budget", label: "预算", type: "SELECT", required: false, options: ["10万以下", "10-50万"], mapsTo: null },
          { key: "agree", label: "愿意接收资料", type: "CHECKBOX", required: false, options: [], mapsTo: null },
        ]}
      />,
    );
    expect(screen.getByTestId("preview-form-name")).toHaveTextContent("官网咨询");
    expect(screen.getByText("姓名")).toBeInTheDocument();
    expect(screen.getByLabelText("10-50万")).toBeInTheDocument();
    expect(screen.getByLabelText("愿意接收资料")).toBeInTheDocument();
    expect(screen.getByLabelText("我已阅读并同意《隐私政策》")).toBeInTheDocument();
    expect(screen.getByText(/^提\s*交$/)).toBeInTheDocument();
  }, 30_000);

  it("has no consent box when the form has no consent text", () => {
    inChinese(<FormPreview name="" consentText="  " fields={[]} />);
    expect(screen.queryByTestId("preview-consent")).toBeNull();
    expect(screen.getByTestId("preview-form-name")).toHaveTextContent("表单名称");
  });
});

describe("SnippetCard", () => {
  it("copies the embed snippet and says so", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const snippet = '<iframe src="/forms/abc" title="官网咨询"></iframe>';
    inChinese(<SnippetCard snippet={snippet} publicUrl="/forms/abc" />);
    expect(screen.getByTestId("snippet-code")).toHaveValue(snippet);
    await userEvent.click(screen.getByTestId("copy-snippet"));
    expect(writeText).toHaveBeenCalledWith(snippet);
    expect(await screen.findByText("已复制")).toBeInTheDocument();
  }, 30_000);

  it("asks to save first when the form is new", () => {
    inChinese(<SnippetCard />);
    expect(screen.getByText("保存表单后生成嵌入代码")).toBeInTheDocument();
    expect(screen.queryByTestId("copy-snippet")).toBeNull();
  });
});
