import { useColorScheme } from "react-native";

export interface Palette {
  background: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  primary: string;
  onPrimary: string;
  danger: string;
  warning: string;
  success: string;
  pending: string;
}

const light: Palette = {
  background: "#f5f6f8",
  surface: "#ffffff",
  text: "#1f2329",
  muted: "#646a73",
  border: "#dee0e3",
  primary: "#1677ff",
  onPrimary: "#ffffff",
  danger: "#d4380d",
  warning: "#d48806",
  success: "#389e0d",
  pending: "#ad6800",
};

const dark: Palette = {
  background: "#141414",
  surface: "#1f1f1f",
  text: "#f0f0f0",
  muted: "#a6a6a6",
  border: "#383838",
  primary: "#4096ff",
  onPrimary: "#ffffff",
  danger: "#ff7a45",
  warning: "#ffc53d",
  success: "#73d13d",
  pending: "#ffd666",
};

/** Light or dark, as the phone is set. */
export function usePalette(): Palette {
  return useColorScheme() === "dark" ? dark : light;
}
