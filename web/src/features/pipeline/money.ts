// Money as the API sends it (Decimal strings) shown the reader's way, and the small sums the
// forms preview before the server computes the real ones (it rounds half up to the cent).
import type { Locale } from "../../i18n";

export function formatMoney(value: string | null | undefined, currency: string | null | undefined, locale: Locale): string {
  if (value == null || value === "") return "—";
  const number = Number(value);
  if (!Number.isFinite(number)) return "—";
  const code = currency || "CNY";
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency: code, currencyDisplay: "narrowSymbol" }).format(number);
  } catch {
    return `${code} ${new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(number)}`;
  }
}

function cents(value: string | number | null | undefined): number {
  const number = Number(value ?? 0);
  return Number.isFinite(number) ? Math.round(number * 100) : 0;
}

/** quantity × unit price × (1 − discount %), rounded half up to the cent, as a Decimal string. */
export function lineTotal(quantity: string | number | null | undefined, unitPrice: string | number | null | undefined, discountPercent?: string | number | null): string {
  const raw = Number(quantity ?? 0) * Number(unitPrice ?? 0) * (1 - Number(discountPercent ?? 0) / 100);
  if (!Number.isFinite(raw)) return "0.00";
  const rounded = Math.sign(raw) * Math.round(Math.abs(raw) * 100 + 1e-7);
  return (rounded / 100).toFixed(2);
}

/** The sum of Decimal strings, to the cent. */
export function sumMoney(values: (string | number | null | undefined)[]): string {
  return (values.reduce<number>((total, value) => total + cents(value), 0) / 100).toFixed(2);
}

/** A time span in the largest whole unit: days, else hours, else minutes. */
export function duration(seconds: number): { unit: "days" | "hours" | "minutes"; count: number } {
  if (seconds >= 86_400) return { unit: "days", count: Math.floor(seconds / 86_400) };
  if (seconds >= 3_600) return { unit: "hours", count: Math.floor(seconds / 3_600) };
  return { unit: "minutes", count: Math.max(0, Math.floor(seconds / 60)) };
}
