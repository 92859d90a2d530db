// The task pane: reads the note (from Outlook through office.ts, or from a text area in a plain browser), asks the
// service what it says, and shows status, grade, score, L1–L3, marks on the exact words, a card per finding, an
// editable rewrite and the template gallery.
import * as api from "./api";
import type { CheckResult, PaneConfig, RuleInfo, Suggestion, TemplateInfo } from "./api";
import { SignIn, type SignInFailure } from "./auth";
import { pickLanguage, strings, type Strings, type UiLanguage } from "./i18n";
import { connectToOutlook, type MailHost } from "./office";
import { choices, fillTemplate, layOut, openPlaceholders, type Piece } from "./text";

const maxNoteLength = 10_000; // the service refuses longer text (API.md)
const fieldLimit = 400; // the portal's note field
const typingPauseMs = 75; // short: results must follow the last keystroke within 150 ms on localhost
const pollMs = 2500; // Outlook has no body-changed event: look again while the pane is visible
const attemptDays = 90; // contact attempts: how far back the pane looks
const attemptSlotNames = new Set(["number", "Anzahl"]); // the Unknown template's count of contact attempts

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let t: Strings = strings("en");
let uiLanguage: UiLanguage = "en";
let host: MailHost | null = null;
let config: PaneConfig | null = null;
let signIn: SignIn | null = null;
let templates: TemplateInfo[] = [];
const rulesByLanguage = new Map<string, Promise<Map<string, RuleInfo>>>();

// What was last checked and what came back; Insert and the gallery work from these.
let lastText: string | null = null;
let lastResult: CheckResult | null = null;
let editedSuggestion: { text: string; open: string[] } | null = null;

document.addEventListener("DOMContentLoaded", () => void start());

async function start(): Promise<void> {
  applyLanguage(pickLanguage(navigator.language));
  $("mode").textContent = t.modeConnecting;
  const configLoaded = api.loadConfig(); // anonymous: whether and how to sign in, whether Graph is there

  host = await connectToOutlook();
  config = await configLoaded;
  applyLanguage(pickLanguage(host?.displayLanguage ?? navigator.language));
  applyTheme();
  host?.onThemeChanged(applyTheme);
  startSignIn();
  const templatesLoaded = api.listTemplates().then((list) => (templates = list)).catch(() => []);
  rulesFor(uiLanguage);
  wireTabs();
  wireDialog();
  $("check").addEventListener("click", () => void checkNow(true));
  $("insert-suggestion").addEventListener("click", () => void insertSuggestion());
  $("fill-attempts").addEventListener("click", () => void fillAttempts());
  $("sign-in-retry").addEventListener("click", () => void retrySignIn());
  $<HTMLSelectElement>("templates-language").addEventListener("change", renderTemplates);

  await templatesLoaded;
  renderTemplates();
  if (host) {
    $("mode").textContent = t.modeOutlook;
    await checkNow(false);
    schedulePoll();
  } else {
    startBrowserMode();
  }
}

function applyLanguage(language: UiLanguage): void {
  uiLanguage = language;
  t = strings(language);
  document.documentElement.lang = language;
  const text: Record<string, string> = {
    title: t.title,
    "tab-check": t.tabCheck,
    "tab-templates": t.tabTemplates,
    "note-label": t.noteLabel,
    check: t.check,
    "summary-heading": t.title,
    "status-label": t.statusLabel,
    "grade-label": t.gradeLabel,
    "score-label": t.scoreLabel,
    "l2-label": t.l2Label,
    "l3-label": t.l3Label,
    "note-heading": t.yourNote,
    "suggestion-heading": t.suggestion,
    "suggestion-help": t.suggestionHelp,
    "templates-intro": t.templatesIntro,
    "templates-language-label": t.templatesLanguage,
    "confirm-title": t.confirmTitle,
    "confirm-insert": t.confirmInsert,
    "confirm-cancel": t.cancel,
  };
  for (const [id, value] of Object.entries(text)) {
    $(id).textContent = value;
  }
  $("tabs").setAttribute("aria-label", t.tabsLabel);
  $<HTMLTextAreaElement>("note-input").placeholder = t.notePlaceholder;
  $<HTMLSelectElement>("templates-language").value = language;
}

// ---- signing in -----------------------------------------------------------------------------------------------

function startSignIn(): void {
  signIn = new SignIn(config?.auth ?? null, host, showSignIn);
  api.setTokenSource(signIn.token, signIn.drop);
  showSignIn(signIn.failure);
}

function showSignIn(failure: SignInFailure | null): void {
  $("sign-in").hidden = !failure;
  if (!failure) {
    return;
  }
  const failed = failure.kind === "failed";
  $("sign-in-text").textContent = failed ? t.signInFailed : t.signInNeedsOutlook;
  const detail = $("sign-in-detail");
  detail.textContent = failed ? failure.detail : "";
  detail.hidden = !failed;
  const retry = $("sign-in-retry");
  retry.textContent = t.signInRetry;
  retry.hidden = !failed;
}

async function retrySignIn(): Promise<void> {
  await signIn?.retry();
  await checkNow(true);
}

function applyTheme(): void {
  const dark = host?.darkTheme() ?? null;
  if (dark === null) {
    delete document.documentElement.dataset.theme; // CSS follows prefers-color-scheme
  } else {
    document.documentElement.dataset.theme = dark ? "dark" : "light";
  }
}

// ---- reading and checking -------------------------------------------------------------------------------------

let inFlight = false;
let queued: string | null = null;
let source: "selection" | "body" | "input" = "input";

/** Reads the note from Outlook (or the text area) and checks it; `force` checks even when nothing changed. */
async function checkNow(force: boolean): Promise<void> {
  if (!host) {
    submit($<HTMLTextAreaElement>("note-input").value, force);
    return;
  }
  try {
    const note = await host.readNote();
    source = note.fromSelection ? "selection" : "body";
    submit(note.text, force);
  } catch (error) {
    showError(String(error instanceof Error ? error.message : error));
  }
}

/** At most one request in flight; text that arrives meanwhile is checked as soon as it returns (latest wins). */
function submit(text: string, force: boolean): void {
  if (!force && text === lastText && queued === null) {
    return;
  }
  if (inFlight) {
    queued = text;
    return;
  }
  void run(text);
}

async function run(text: string): Promise<void> {
  inFlight = true;
  lastText = text;
  try {
    if (text.length > maxNoteLength) {
      showResults(false);
      $("state").textContent = t.tooLong;
      return;
    }
    if (!host && text.trim() === "") {
      showResults(false);
      $("state").textContent = t.emptyBrowser;
      updateCounter(text);
      return;
    }
    $("state").textContent = t.checking;
    const result = await api.checkNote(text);
    const rules = await rulesFor(result.language).catch(() => new Map<string, RuleInfo>());
    hideError();
    render(text, result, rules);
  } catch (error) {
    lastText = null; // try again on the next look
    showError(error instanceof api.ApiError && error.status !== 0 ? error.message : t.networkError);
    $("state").textContent = "";
  } finally {
    inFlight = false;
    const next = queued;
    queued = null;
    if (next !== null && next !== lastText) {
      void run(next);
    }
  }
}

function rulesFor(language: string): Promise<Map<string, RuleInfo>> {
  let rules = rulesByLanguage.get(language);
  if (!rules) {
    rules = api.listRules(language).then((list) => new Map(list.map((r) => [r.id, r])));
    rules.catch(() => rulesByLanguage.delete(language));
    rulesByLanguage.set(language, rules);
  }
  return rules;
}

function schedulePoll(): void {
  setTimeout(async () => {
    if (document.visibilityState === "visible" && !inFlight) {
      await checkNow(false);
    }
    schedulePoll();
  }, pollMs);
}

function startBrowserMode(): void {
  $("mode").textContent = t.modeBrowser;
  $("browser-input").hidden = false;
  const input = $<HTMLTextAreaElement>("note-input");
  let timer: number | undefined;
  input.addEventListener("input", () => {
    updateCounter(input.value);
    clearTimeout(timer);
    timer = window.setTimeout(() => submit(input.value, false), typingPauseMs);
  });
  updateCounter(input.value);
  $("state").textContent = t.emptyBrowser;
  if (input.value) {
    submit(input.value, true);
  }
}

// ---- showing a result -----------------------------------------------------------------------------------------

function render(text: string, result: CheckResult, rules: Map<string, RuleInfo>): void {
  lastResult = result;
  showResults(true);
  $("state").textContent = host ? (source === "selection" ? t.checkedSelection : t.checkedBody) : "";

  const status = $("status");
  status.dataset.status = result.status;
  status.className = `badge status-${result.status}`;
  status.textContent = t.status[result.status];

  const grade = $("grade");
  grade.dataset.grade = result.grade;
  grade.className = `badge grade-${result.grade}`;
  grade.textContent = t.grade[result.grade];

  const score = $("score");
  score.textContent = String(result.score);
  score.dataset.score = String(result.score);
  const fill = $("score-fill");
  fill.style.width = `${Math.max(0, Math.min(100, result.score))}%`;
  fill.className = `score-fill ${result.score >= 70 ? "high" : result.score >= 40 ? "medium" : "low"}`;

  $("l2").textContent = result.reason?.l2 ?? t.none;
  $("l3").textContent = result.reason?.l3 ?? t.none;
  updateCounter(text);

  renderNote(text, result);
  renderFindings(text, result, rules);
  renderSuggestion(result.suggestion, result.language);
  // The gallery follows the note: its language, and its status first.
  const picker = $<HTMLSelectElement>("templates-language");
  if ((picker.value !== result.language && isLanguage(result.language)) || result.status !== galleryStatus) {
    if (isLanguage(result.language)) {
      picker.value = result.language;
    }
    renderTemplates();
  }

  $("announce").textContent = t.announce(t.status[result.status], t.grade[result.grade], result.score, result.findings.length);
}

function updateCounter(text: string): void {
  const counter = $("counter");
  const length = [...text].length;
  counter.textContent = `${length} / ${fieldLimit} ${t.characters}`;
  counter.classList.toggle("over", length > fieldLimit);
  counter.title = length > fieldLimit ? t.overLimit : "";
}

function renderNote(text: string, result: CheckResult): void {
  const spans = result.findings
    .map((f, index) => ({ ruleId: f.ruleId, start: f.start, end: f.start + f.length, index, severity: f.severity }))
    .filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length);
  const view = $("note-view");
  view.replaceChildren(...build(layOut(text, spans)));

  function build(pieces: Piece[]): Node[] {
    return pieces.map((piece) => {
      if (typeof piece === "string") {
        return document.createTextNode(piece);
      }
      const mark = document.createElement("mark");
      mark.dataset.ruleId = piece.span.ruleId;
      mark.className = `sev-${result.findings[piece.span.index].severity}`;
      mark.title = result.findings[piece.span.index].message;
      mark.append(...build(piece.children));
      return mark;
    });
  }
}

function renderFindings(text: string, result: CheckResult, rules: Map<string, RuleInfo>): void {
  $("findings-heading").textContent = `${t.findings} (${result.findings.length})`;
  const list = $("findings");
  if (result.findings.length === 0) {
    const item = element("li", "finding none", t.noFindings);
    list.replaceChildren(item);
    return;
  }
  list.replaceChildren(
    ...result.findings.map((finding) => {
      const item = element("li", `finding sev-${finding.severity}`);
      item.dataset.testid = "finding";
      item.dataset.ruleId = finding.ruleId;
      const head = element("div", "finding-head");
      head.append(element("span", `badge sev-${finding.severity}`, t.severity[finding.severity]));
      const title = rules.get(finding.ruleId)?.title;
      if (title) {
        head.append(element("span", "finding-title", title));
      }
      item.append(head, element("p", "finding-message", finding.message));
      const words = text.slice(finding.start, finding.start + finding.length);
      if (words && words.length < text.length && words.length <= 120) {
        item.append(element("p", "finding-words", `„${words}“`));
      }
      const why = rules.get(finding.ruleId)?.explanation;
      if (why) {
        const p = element("p", "finding-why");
        p.append(element("strong", "", `${t.why}: `), document.createTextNode(why));
        item.append(p);
      }
      if (finding.suggestions.length > 0) {
        const ul = element("ul", "finding-suggestions");
        ul.setAttribute("aria-label", t.tryThis);
        ul.append(...finding.suggestions.map((s) => element("li", "", s)));
        item.append(ul);
      }
      return item;
    }),
  );
}

function renderSuggestion(suggestion: Suggestion | null, language: string): void {
  const section = $("suggestion");
  section.hidden = !suggestion;
  editedSuggestion = null;
  if (!suggestion) {
    return;
  }
  const template = templates.find((x) => x.id === suggestion.templateId && x.language === language);
  const initial = new Map(suggestion.slots.filter((s) => s.filled && s.value).map((s) => [s.name, s.value!]));
  // Re-render from the template when it reproduces the service's text; else edit only the open placeholders.
  const base = template && fillTemplate(template.text, initial) === suggestion.text ? template.text : suggestion.text;
  const editable = base === suggestion.text ? suggestion.slots.filter((s) => !s.filled) : suggestion.slots;
  const values = new Map(base === suggestion.text ? [] : initial);
  const names = suggestion.slots.map((s) => s.name);

  const update = () => {
    const text = fillTemplate(base, values);
    editedSuggestion = { text, open: openPlaceholders(text, names) };
    $("suggestion-text").textContent = text;
  };

  attemptSlot = editable.find((slot) => attemptSlotNames.has(slot.name))?.name ?? null;
  $("attempts").hidden = !(config?.graph === true && !graphGone && host && lastResult?.status === "Unknown" && attemptSlot);
  $("fill-attempts").textContent = t.attemptsButton;
  $("attempts-result").textContent = "";

  const slots = $("slots");
  slots.replaceChildren(
    ...editable.map((slot, i) => {
      const id = `slot-${i}`;
      const wrap = element("div", "field");
      const label = element("label", "", slot.name);
      label.setAttribute("for", id);
      const options = choices(slot.name);
      let control: HTMLInputElement | HTMLSelectElement;
      if (options.length > 0) {
        control = document.createElement("select");
        control.append(new Option("…", ""), ...options.map((o) => new Option(o, o)));
      } else {
        control = document.createElement("input");
        control.type = "text";
        control.placeholder = `[${slot.name}]`;
      }
      control.id = id;
      control.dataset.testid = "slot";
      control.dataset.slot = slot.name;
      control.value = values.get(slot.name) ?? "";
      control.addEventListener("input", () => {
        values.set(slot.name, control.value);
        update();
      });
      wrap.append(label, control);
      return wrap;
    }),
  );
  $("insert-suggestion").textContent = host ? t.insert : t.insertBrowser;
  update();
}

function showResults(visible: boolean): void {
  $("results").hidden = !visible;
}

function showError(message: string): void {
  const error = $("error");
  error.textContent = message;
  error.hidden = false;
}

function hideError(): void {
  $("error").hidden = true;
}

// ---- contact attempts (Graph, through the service) -------------------------------------------------------------

let attemptSlot: string | null = null;
let graphGone = false; // the service said 503: contact history is off there after all

/** Counts the mails the signed-in person sent to the first To recipient and puts the number into the slot. */
async function fillAttempts(): Promise<void> {
  const button = $<HTMLButtonElement>("fill-attempts");
  const out = $("attempts-result");
  if (!host || !attemptSlot) {
    return;
  }
  const slot = attemptSlot;
  button.disabled = true;
  out.textContent = t.attemptsLooking;
  try {
    const email = await host.firstRecipient();
    if (!email) {
      out.textContent = t.attemptsNoRecipient;
      return;
    }
    const found = await api.getContactAttempts(email, attemptDays);
    const since = formatDate(new Date(Date.now() - found.days * 86_400_000));
    if (found.sent === 0) {
      out.textContent = t.attemptsNone(found.email, since);
      return;
    }
    const first = found.firstSent ? formatDate(new Date(found.firstSent)) : null;
    out.textContent = t.attemptsFound(found.email, found.sent, found.replies, since, first, found.complete === false);
    for (const field of $("slots").querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-testid=slot]")) {
      if (field.dataset.slot === slot) {
        field.value = String(found.sent);
        field.dispatchEvent(new Event("input"));
      }
    }
  } catch (error) {
    out.textContent = attemptsProblem(error);
    if (error instanceof api.ApiError && error.status === 503) {
      graphGone = true;
      button.hidden = true;
    }
  } finally {
    button.disabled = false;
  }
}

function attemptsProblem(error: unknown): string {
  if (!(error instanceof api.ApiError)) {
    return t.attemptsFailed + (error instanceof Error ? error.message : String(error));
  }
  switch (error.status) {
    case 0:
      return t.networkError;
    case 401:
      return t.attemptsSignIn;
    case 403:
      return t.attemptsForbidden;
    case 503:
      return t.attemptsUnavailable;
    case 429:
    case 502:
    case 504:
      return t.attemptsGraphDown;
    default:
      return t.attemptsFailed + error.message;
  }
}

function formatDate(date: Date): string {
  return date.toLocaleDateString(uiLanguage === "de" ? "de-DE" : "en-GB", { day: "numeric", month: "short", year: "numeric" });
}

// ---- inserting ------------------------------------------------------------------------------------------------

async function insertSuggestion(): Promise<void> {
  if (!editedSuggestion) {
    return;
  }
  const { text, open } = editedSuggestion;
  if (open.length > 0 && !(await confirmOpen(open))) {
    return;
  }
  await insert(text);
}

async function insert(text: string): Promise<void> {
  if (!host) {
    const input = $<HTMLTextAreaElement>("note-input");
    input.value = text;
    updateCounter(text);
    selectTab("check");
    input.focus();
    submit(text, true);
    $("announce").textContent = t.insertedBrowser;
    return;
  }
  try {
    await host.insert(text);
    $("announce").textContent = t.inserted;
    $("state").textContent = t.inserted;
    lastText = null; // the mail changed: look again on the next tick
  } catch (error) {
    showError(t.insertFailed + (error instanceof Error ? error.message : String(error)));
  }
}

let answer: ((ok: boolean) => void) | null = null;

function confirmOpen(open: string[]): Promise<boolean> {
  const dialog = $<HTMLDialogElement>("confirm");
  $("confirm-text").textContent = t.confirmText + open.map((name) => `[${name}]`).join(", ");
  dialog.showModal();
  return new Promise((resolve) => (answer = resolve));
}

function wireDialog(): void {
  const dialog = $<HTMLDialogElement>("confirm");
  const close = (ok: boolean) => {
    dialog.close();
    answer?.(ok);
    answer = null;
  };
  $("confirm-insert").addEventListener("click", () => close(true));
  $("confirm-cancel").addEventListener("click", () => close(false));
  dialog.addEventListener("cancel", () => {
    answer?.(false);
    answer = null;
  });
}

// ---- templates ------------------------------------------------------------------------------------------------

const statusOrder = ["InProgress", "Blocked", "NoIntent", "Unknown", "DuplicateInvalid"] as const;

let galleryStatus: string | undefined;

function renderTemplates(): void {
  galleryStatus = lastResult?.status;
  const language = $<HTMLSelectElement>("templates-language").value;
  const container = $("templates");
  const mine = templates.filter((x) => x.language === language);
  if (mine.length === 0) {
    container.replaceChildren(element("p", "muted", t.templatesEmpty));
    return;
  }
  // The status of the note just checked comes first.
  const current = lastResult?.status;
  const order = [...statusOrder].sort((a, b) => Number(b === current) - Number(a === current));
  container.replaceChildren(
    ...order
      .filter((status) => mine.some((x) => x.status === status))
      .map((status) => {
        const group = element("section", "template-group");
        const headingId = `templates-${status}`;
        const heading = element("h2", "", t.status[status]);
        heading.id = headingId;
        group.setAttribute("aria-labelledby", headingId);
        const list = element("ul", "templates");
        list.append(
          ...mine
            .filter((x) => x.status === status)
            .map((template) => {
              const item = element("li", "card template");
              item.dataset.testid = "template";
              item.dataset.templateId = template.id;
              const textId = `template-${template.id}-${language}`.replace(/[^a-zA-Z0-9-]/g, "-");
              const text = element("p", "template-text", template.text);
              text.id = textId;
              const button = element("button", "", t.insertTemplate) as HTMLButtonElement;
              button.type = "button";
              button.dataset.testid = "insert-template";
              button.setAttribute("aria-describedby", textId);
              button.addEventListener("click", () => void insert(template.text));
              item.append(text, button);
              return item;
            }),
        );
        group.append(heading, list);
        return group;
      }),
  );
}

function wireTabs(): void {
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

function selectTab(which: "check" | "templates"): void {
  for (const name of ["check", "templates"] as const) {
    const tab = $(`tab-${name}`);
    const selected = name === which;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
    $(`panel-${name}`).hidden = !selected;
  }
}

// ---- small helpers --------------------------------------------------------------------------------------------

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function isLanguage(value: string): value is UiLanguage {
  return value === "de" || value === "en";
}
