// The look in force: the user's saved appearance once signed in, a preview while they try one
// on in Settings, and the last one used on this browser before sign-in (so the login page does
// not flash light for a dark-theme user).
import { App as AntdApp, ConfigProvider } from "antd";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";

import { antdLocale, useLocale } from "../i18n";
import { type Appearance, DEFAULT_APPEARANCE, isDark, themeConfig } from "./appearance";

const STORAGE_KEY = "junlite.appearance";

interface ThemeState {
  appearance: Appearance;
  dark: boolean;
  /** The look saved for the user (from the server); replaces any preview. */
  apply: (look: Appearance) => void;
  /** Try a look without saving it; `null` ends the preview. */
  preview: (look: Appearance | null) => void;
}

const ThemeContext = createContext<ThemeState | null>(null);

function storedAppearance(): Appearance {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? { ...DEFAULT_APPEARANCE, ...(JSON.parse(raw) as Partial<Appearance>) } : DEFAULT_APPEARANCE;
  } catch {
    return DEFAULT_APPEARANCE;
  }
}

function useSystemPrefersDark(): boolean {
  const query = "(prefers-color-scheme: dark)";
  const [dark, setDark] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const media = window.matchMedia(query);
    const onChange = (event: MediaQueryListEvent) => setDark(event.matches);
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, []);
  return dark;
}

export function ThemeProvider({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  const [saved, setSaved] = useState<Appearance>(storedAppearance);
  const [previewed, setPreviewed] = useState<Appearance | null>(null);
  const systemDark = useSystemPrefersDark();
  const appearance = previewed ?? saved;
  const dark = isDark(appearance.mode, systemDark);

  useEffect(() => {
    document.documentElement.dataset.theme = dark ? "dark" : "light";
    document.documentElement.style.colorScheme = dark ? "dark" : "light";
  }, [dark]);

  // Stable, so that whoever applies the saved look on a change of user does not apply it
  // again (and end a preview) whenever the look in force changes.
  const apply = useCallback((look: Appearance) => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(look));
    setSaved(look);
    setPreviewed(null);
  }, []);
  const state = useMemo<ThemeState>(
    () => ({ appearance, dark, apply, preview: setPreviewed }),
    [appearance, dark, apply],
  );
  return (
    <ThemeContext.Provider value={state}>
      <ConfigProvider locale={antdLocale(locale)} theme={themeConfig(appearance, systemDark)}>
        <AntdApp>{children}</AntdApp>
      </ConfigProvider>
    </ThemeContext.Provider>
  );
}

export function useTheme(): ThemeState {
  const state = useContext(ThemeContext);
  if (!state) throw new Error("useTheme outside ThemeProvider");
  return state;
}

/** Whether the dark look is in force; false outside the provider (a component rendered alone). */
export function useIsDark(): boolean {
  return useContext(ThemeContext)?.dark ?? false;
}
