// What the component tests share: a component rendered as the console shows it, and the name of
// the operation a fake API is asked.
import { render, type RenderResult } from "@testing-library/react";
import { App } from "antd";
import type { DocumentNode, OperationDefinitionNode } from "graphql";
import type { ReactElement } from "react";
import { type Client, Provider } from "urql";

import { LocaleProvider } from "../i18n";

/** `ui` in Chinese, inside Ant Design's App and the given urql client. */
export function renderWithApi(ui: ReactElement, client: Client): RenderResult {
  return render(
    <LocaleProvider locale="zh-CN">
      <App>
        <Provider value={client}>{ui}</Provider>
      </App>
    </LocaleProvider>,
  );
}

export function operationName(query: DocumentNode): string {
  return query.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")?.name?.value ?? "";
}
