import type { ReactNode } from "react";

/** What the screens asked of the router, for expect(...). */
export const router = {
  push: jest.fn(),
  replace: jest.fn(),
  back: jest.fn(),
  navigate: jest.fn(),
  canGoBack: jest.fn(() => true),
};

let params: Record<string, string> = {};

/** The route's params, as useLocalSearchParams gives them to the screen. */
export function setParams(next: Record<string, string>): void {
  params = next;
}

/**
 * expo-router for a screen rendered on its own:
 * `jest.mock("expo-router", () => require("../../test/router").expoRouterMock());`
 */
export function expoRouterMock() {
  const Screen = (_: { options?: unknown }) => null;
  const Stack = Object.assign(({ children }: { children?: ReactNode }) => children ?? null, { Screen });
  return {
    useRouter: () => router,
    useLocalSearchParams: () => params,
    useSegments: () => [],
    Stack,
  };
}
