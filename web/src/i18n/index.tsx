// Every string the console shows, in Chinese (the default) and English. Each feature keeps its
// own messages beside its screens (`defineMessages`), and TypeScript refuses an English table
// that misses a key of the Chinese one, so nothing is left untranslated.
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import type { Locale as AntdLocale } from "antd/es/locale";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";

export type Locale = "zh-CN" | "en";
export const LOCALES: Locale[] = ["zh-CN", "en"];
const STORAGE_KEY = "junlite.locale";

export interface Messages<K extends string> {
  "zh-CN": Record<K, string>;
  en: Record<K, string>;
}

export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  return messages;
}

export type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;

export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState>({ locale: "zh-CN", setLocale: () => undefined });

function initialLocale(): Locale {
  const stored = typeof localStorage !== "undefined" ? localStorage.getItem(STORAGE_KEY) : null;
  if (stored === "zh-CN" || stored === "en") return stored;
  return typeof navigator !== "undefined" && navigator.language.startsWith("en") ? "en" : "zh-CN";
}

function applyLocale(locale: Locale): void {
  dayjs.locale(locale === "en" ? "en" : "zh-cn");
  if (typeof document !== "undefined") document.documentElement.lang = locale;
}

export function LocaleProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const chosen = fixed ?? initialLocale();
    applyLocale(chosen);
    return chosen;
  });
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    applyLocale(next);
    setLocaleState(next);
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

export function antdLocale(locale: Locale): AntdLocale {
  return locale === "en" ? enUS : zhCN;
}

/** `t(key, params)` in the current language, for one feature's messages. */
export function useT<K extends string>(messages: Messages<K>): Translate<K> {
  const { locale } = useLocale();
  return useCallback(
    (key: K, params?: Record<string, string | number>) => format(messages[locale][key], params),
    [locale, messages],
  );
}
