// The page around the views: its static labels, theme, tabs, and the shared lines every view reports through —
// the state line under the toolbar, the error line, and the one polite live region screen readers hear.
import { $ } from "./dom";
import type { UiLanguage } from "./i18n";
import type { MailHost } from "./office";
import { t, useLanguage } from "./ui-language";

/** Switches the pane's language and relabels the page's fixed text. Views relabel themselves when they render. */
export function applyLanguage(language: UiLanguage): void {
  useLanguage(language);
  const text: Record<string, string> = {
    title: t.title,
    "tab-check": t.tabCheck,
    "tab-templates": t.tabTemplates,
    "note-label": t.noteLabel,
    check: t.check,
    "templates-intro": t.templatesIntro,
    "templates-language-label": t.templatesLanguage,
    "confirm-title": t.confirmTitle,
    "confirm-insert": t.confirmInsert,
    "confirm-cancel": t.cancel,
    "warn-at-send-label": t.warnAtSend,
    "warn-at-send-help": t.warnAtSendHelp,
  };
  for (const [id, value] of Object.entries(text)) {
    $(id).textContent = value;
  }
  $("tabs").setAttribute("aria-label", t.tabsLabel);
  $<HTMLTextAreaElement>("note-input").placeholder = t.notePlaceholder;
  $<HTMLSelectElement>("templates-language").value = language;
}

export function applyTheme(host: MailHost | null): void {
  const dark = host?.darkTheme() ?? null;
  if (dark === null) {
    delete document.documentElement.dataset.theme; // CSS follows prefers-color-scheme
  } else {
    document.documentElement.dataset.theme = dark ? "dark" : "light";
  }
}

export function setState(text: string): void {
  $("state").textContent = text;
}

export function announce(text: string): void {
  $("announce").textContent = text;
}

export function showError(message: string): void {
  const error = $("error");
  error.textContent = message;
  error.hidden = false;
}

export function hideError(): void {
  $("error").hidden = true;
}

export type Tab = "check" | "templates";

export function wireTabs(): void {
  const tabs = [$("tab-check"), $("tab-templates")];
  for (const tab of tabs) {
    tab.addEventListener("click", () => selectTab(tab.id === "tab-check" ? "check" : "templates"));
    tab.addEventListener("keydown", (event) => {
      if (event.key === "ArrowRight" || event.key === "ArrowLeft" || event.key === "Home" || event.key === "End") {
        event.preventDefault();
        const next = tab.id === "tab-check" ? "templates" : "check";
        const target = event.key === "Home" ? "check" : event.key === "End" ? "templates" : next;
        selectTab(target);
        $(`tab-${target}`).focus();
      }
    });
  }
}

export function selectTab(which: Tab): void {
  for (const name of ["check", "templates"] as const) {
    const tab = $(`tab-${name}`);
    const selected = name === which;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
    $(`panel-${name}`).hidden = !selected;
  }
}
