// The language the pane speaks right now. It can change once at start (the browser's guess, then Outlook's display
// language), so views read `t` when they render rather than keep strings of their own.
import { strings, type Strings, type UiLanguage } from "./i18n";

export let t: Strings = strings("en");
export let uiLanguage: UiLanguage = "en";

export function useLanguage(language: UiLanguage): void {
  uiLanguage = language;
  t = strings(language);
  document.documentElement.lang = language;
}

/** A number as people write it in the pane's language (10,000 / 10.000). */
export function formatNumber(value: number): string {
  return value.toLocaleString(uiLanguage === "de" ? "de-DE" : "en-GB");
}

export function formatDate(date: Date): string {
  return date.toLocaleDateString(uiLanguage === "de" ? "de-DE" : "en-GB", { day: "numeric", month: "short", year: "numeric" });
}

export function isLanguage(value: string): value is UiLanguage {
  return value === "de" || value === "en";
}
