// The alert's own words in German and English, after Outlook's display language. The problems it names are the rule
// titles the service rendered into the script (its rule packs), not words of this file.

export type AlertLanguage = "de" | "en";

export function pickLanguage(displayLanguage: string): AlertLanguage {
  return displayLanguage.toLowerCase().startsWith("de") ? "de" : "en";
}

export interface AlertText {
  one: string;
  many: (count: number) => string;
  /** A note whose workload the mail does not say: its place among the mail's notes. */
  unnamed: (position: number) => string;
  /** A Bad note without findings (the service always gives one; this is the guard). */
  noProblem: string;
  more: (count: number) => string;
  /** With the pane button in the alert (Mailbox 1.14). */
  openPane: (label: string) => string;
  /** Older Outlook: the plain message, so point at the ribbon. */
  openFromRibbon: (label: string) => string;
}

const en: AlertText = {
  one: "This status note needs work before you send it:",
  many: (count) => `${count} status notes in this mail need work before you send them:`,
  unnamed: (position) => `Note ${position}`,
  noProblem: "not usable as it stands",
  more: (count) => `And ${count} more.`,
  openPane: (label) => `Choose "${label}" for details and a better wording.`,
  openFromRibbon: (label) => `Open "${label}" in the ribbon for details and a better wording.`,
};

const de: AlertText = {
  one: "Diese Statusnotiz muss vor dem Senden überarbeitet werden:",
  many: (count) => `${count} Statusnotizen in dieser Mail müssen vor dem Senden überarbeitet werden:`,
  unnamed: (position) => `Notiz ${position}`,
  noProblem: "so nicht verwendbar",
  more: (count) => `Und ${count} weitere.`,
  openPane: (label) => `Wählen Sie „${label}“ für Hinweise und einen besseren Text.`,
  openFromRibbon: (label) => `Öffnen Sie „${label}“ im Menüband für Hinweise und einen besseren Text.`,
};

export function alertText(language: AlertLanguage): AlertText {
  return language === "de" ? de : en;
}
