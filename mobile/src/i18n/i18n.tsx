import { createContext, type ReactNode, useCallback, useContext, useMemo } from "react";

import { en } from "./en";
import { type MessageKey, zh } from "./zh";

export type Language = "zh-CN" | "en";
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { "zh-CN": zh, en };

export function translate(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return DICTIONARIES[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  /** A date-time in the rep's language and time zone. */
  formatTime: (iso: string, options?: Intl.DateTimeFormatOptions) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ language, setLanguage, timeZone, children }: { language: Language; setLanguage: (language: Language) => void; timeZone: string; children: ReactNode }) {
  const t = useCallback<Translate>((key, params) => translate(language, key, params), [language]);
  const formatTime = useCallback(
    (iso: string, options: Intl.DateTimeFormatOptions = { month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit" }) =>
      new Intl.DateTimeFormat(language, { timeZone, hour12: false, ...options }).format(new Date(iso)),
    [language, timeZone],
  );
  const value = useMemo(() => ({ language, setLanguage, t, formatTime }), [language, setLanguage, t, formatTime]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
