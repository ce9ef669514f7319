import { configure, render, type RenderResult } from "@testing-library/react-native";
import type { ReactElement } from "react";
import type { ReactTestInstance } from "react-test-renderer";

import type { Services } from "../core/services";
import { ServicesProvider } from "../core/ServicesContext";
import { I18nProvider, type Language } from "../i18n/i18n";

// findBy… and waitFor wait up to 5 s (not 1 s): a cold first render on 2 cores can take that long.
configure({ asyncUtilTimeout: 5_000 });

/** A screen inside the app's providers, in the rep's language and time zone (Shanghai). */
export function renderScreen(screen: ReactElement, services: Services, language: Language = "zh-CN"): RenderResult {
  return render(
    <ServicesProvider services={services}>
      <I18nProvider language={language} setLanguage={() => undefined} timeZone="Asia/Shanghai">
        {screen}
      </I18nProvider>
    </ServicesProvider>,
  );
}

/** Every piece of text on screen, one string per text element, top to bottom. */
export function textsOnScreen(root: ReactTestInstance): string[] {
  const found: string[] = [];
  const content = (node: ReactTestInstance | string): string =>
    typeof node === "string" ? node : node.children.map((child) => content(child)).join("");
  const walk = (node: ReactTestInstance | string) => {
    if (typeof node === "string") return;
    if ((node.type as unknown) === "Text") {
      found.push(content(node));
      return;
    }
    node.children.forEach(walk);
  };
  walk(root);
  return found;
}
