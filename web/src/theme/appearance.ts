import { theme as antdTheme, type ThemeConfig } from "antd";

export type ThemeMode = "LIGHT" | "DARK" | "SYSTEM";

export interface Appearance {
  mode: ThemeMode;
  primaryColor: string;
  borderRadius: number;
  compact: boolean;
}

export const DEFAULT_APPEARANCE: Appearance = {
  mode: "LIGHT",
  primaryColor: "#1677ff",
  borderRadius: 6,
  compact: false,
};

export function isDark(mode: ThemeMode, systemPrefersDark: boolean): boolean {
  return mode === "DARK" || (mode === "SYSTEM" && systemPrefersDark);
}

/** Ant Design's theme for a look: its algorithms for dark and compact, and the tokens. */
export function themeConfig(look: Appearance, systemPrefersDark: boolean): ThemeConfig {
  const algorithm = [isDark(look.mode, systemPrefersDark) ? antdTheme.darkAlgorithm : antdTheme.defaultAlgorithm];
  if (look.compact) algorithm.push(antdTheme.compactAlgorithm);
  return {
    algorithm,
    token: { colorPrimary: look.primaryColor, borderRadius: look.borderRadius },
    cssVar: { prefix: "junlite", key: "junlite" },
  };
}
