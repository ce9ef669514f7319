// Figures as a reader of each language expects them: thousands separators, amounts in yuan.
import type { CombinedError } from "urql";

import { errorCode } from "../../api/errors";
import type { Locale } from "../../i18n";
import type { WorkbenchKey } from "./messages";

export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** A CNY amount as the API sends it (a decimal string): "¥1,234,567.5" in both languages. */
export function formatAmount(value: string | number, locale: Locale): string {
  const number = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(number)) return "—";
  const digits = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 2 });
  return `${number < 0 ? "-" : ""}¥${digits.format(Math.abs(number))}`;
}

const KNOWN_CODES = [
  "FORBIDDEN",
  "NOT_FOUND",
  "ANALYTICS_PERIOD_INVALID",
  "ANALYTICS_PERIOD_TOO_LONG",
  "UNAUTHENTICATED",
] as const;

/** The message for a failed query: the API's error code where we know it, else network or unknown. */
export function errorMessageKey(error: CombinedError): WorkbenchKey {
  const code = errorCode(error);
  if ((KNOWN_CODES as readonly string[]).includes(code)) {
    return `error${code}` as WorkbenchKey;
  }
  if (error.networkError) return "errorNetwork";
  return "errorUnknown";
}
