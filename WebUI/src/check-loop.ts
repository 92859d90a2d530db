// When and what to check. Outlook has no body-changed event, so the pane looks again on a gentle timer while it is
// visible, when it gets the focus back (the writer was typing in the mail), on Check, and after it changed the mail
// itself — and only asks the service when the text changed. What it looks at decides the view:
//   - text selected in the body: that text, in the single-note view (as the pane always did);
//   - otherwise the whole mail, as HTML, to POST /api/mail/check: several notes → the mail view; one note → that
//     note's words in the single-note view; none (or no mail check on this service) → the whole body, as before;
//   - outside Outlook: the note field.
import * as api from "./api";
import type { MailCheckRequest, MailCheckResult } from "./api";
import { $ } from "./dom";
import type { Limits } from "./limits";
import type { MailView } from "./mail-view";
import type { MailHost } from "./office";
import { hideError, selectTab, setState, showError } from "./page";
import type { ResultView, SingleSource } from "./result-view";
import { rulesOrNone } from "./rule-cache";
import { formatNumber, t } from "./ui-language";

const typingPauseMs = 75; // short: results must follow the last keystroke within 150 ms on localhost
const pollMs = 2500; // Outlook has no body-changed event: look again while the pane is visible
const focusPauseMs = 300; // focus and visibility events come in bursts when the writer switches back

export class CheckLoop {
  private running = false;
  /** A look asked for while one runs: null for none, else whether it must check even an unchanged text. */
  private pending: boolean | null = null;
  /** What was last checked, so an unchanged mail is not sent again: the single view's text, the mail's body. */
  private lastText: string | null = null;
  private lastWorkload: string | null = null;
  private lastMail: string | null = null;
  private mailView: MailView | null = null;

  constructor(
    private readonly host: MailHost | null,
    private readonly limits: Limits,
    private readonly single: ResultView,
  ) {}

  /** The mail view exists only inside Outlook. */
  useMailView(view: MailView): void {
    this.mailView = view;
  }

  /** Checks now, and from then on whenever the mail (or the note field) may have changed. */
  async start(): Promise<void> {
    if (!this.host) {
      this.startBrowserMode();
      return;
    }
    await this.check(false);
    this.schedulePoll();
    let timer: number | undefined;
    const comeBack = () => {
      if (document.visibilityState !== "visible") {
        return;
      }
      clearTimeout(timer);
      timer = window.setTimeout(() => void this.check(false), focusPauseMs);
    };
    window.addEventListener("focus", comeBack);
    document.addEventListener("visibilitychange", comeBack);
  }

  /**
   * Looks at the mail (or the note field) and checks what changed; `force` checks even an unchanged text. At most
   * one look runs at a time: a look asked for meanwhile runs right after it, reading the then current text.
   */
  async check(force: boolean): Promise<void> {
    if (this.running) {
      this.pending = (this.pending ?? false) || force;
      return;
    }
    this.running = true;
    try {
      let next: boolean | null = force;
      while (next !== null) {
        this.pending = null;
        await this.look(next);
        next = this.pending;
      }
    } finally {
      this.running = false;
    }
  }

  /** The pane changed the mail (inserted or replaced): what it checked last is stale. */
  forget(): void {
    this.lastText = null;
    this.lastMail = null;
  }

  /** Outside Outlook, "insert" hands the text to the note field, which is then checked in turn. */
  useNote(text: string): void {
    const input = $<HTMLTextAreaElement>("note-input");
    input.value = text;
    this.single.counter(text);
    selectTab("check");
    input.focus();
    void this.check(true);
  }

  private async look(force: boolean): Promise<void> {
    if (!this.host) {
      await this.checkSingle($<HTMLTextAreaElement>("note-input").value, null, force, "input");
      return;
    }
    try {
      const selection = await this.host.readSelection();
      if (selection !== null) {
        this.lastMail = null;
        await this.checkSingle(selection, null, force, "selection");
        return;
      }
      await this.checkMail(force);
    } catch (error) {
      showError(String(error instanceof Error ? error.message : error));
    }
  }

  private async checkMail(force: boolean): Promise<void> {
    const host = this.host!;
    const request = await this.readMail(host);
    const key = request ? `${request.subject ?? ""}\u0000${request.bodyType}\u0000${request.body}` : null;
    if (!force && key !== null && key === this.lastMail) {
      return;
    }
    this.lastMail = key;
    const mail = request ? await this.askMail(request) : null;
    // The spans count in the answer's text for an HTML body, in the body itself for a text body.
    const text = mail ? (mail.text ?? (request!.bodyType === "text" ? request!.body : null)) : null;
    if (mail && text !== null && this.mailView && mail.notes.length >= 2) {
      await this.showMail(mail, text);
      return;
    }
    if (mail && text !== null && mail.notes.length === 1) {
      // One note: that note's own words, without the greeting, signature and quoted thread around it.
      const note = mail.notes[0];
      await this.checkSingle(text.slice(note.start, note.start + note.length), note.workload, force, "note-in-mail");
      return;
    }
    await this.checkSingle(await host.readBody("text"), null, force, "body");
  }

  /**
   * The mail as /api/mail/check takes it: the HTML (so spans refer to the answer's text), or the text when the HTML
   * is over the service's limit (Outlook's HTML carries a lot of styling). Null when even the text is too long.
   */
  private async readMail(host: MailHost): Promise<MailCheckRequest | null> {
    const [html, subject] = await Promise.all([host.readBody("html"), host.subject()]);
    if (html.length <= this.limits.mailCharacters) {
      return { body: html, bodyType: "html", subject };
    }
    const text = await host.readBody("text");
    return text.length <= this.limits.mailCharacters ? { body: text, bodyType: "text", subject } : null;
  }

  /** The mail check, or null where it cannot help: a service without it, or a mail it refuses. */
  private async askMail(request: MailCheckRequest): Promise<MailCheckResult | null> {
    try {
      const mail = await api.checkMail(request);
      return Array.isArray(mail?.notes) ? mail : null;
    } catch {
      // The single-note check that follows reaches the same service and reports what is wrong with it.
      return null;
    }
  }

  private async showMail(mail: MailCheckResult, text: string): Promise<void> {
    const languages = [...new Set(mail.notes.map((n) => n.result.language))];
    const rules = new Map(await Promise.all(languages.map(async (language) => [language, await rulesOrNone(language)] as const)));
    hideError();
    this.single.hide();
    this.single.counter(null);
    this.mailView!.show(mail, text, rules);
    this.lastText = null;
  }

  private async checkSingle(text: string, workload: string | null, force: boolean, source: SingleSource): Promise<void> {
    if (!force && text === this.lastText && workload === this.lastWorkload) {
      return;
    }
    this.lastText = text;
    this.lastWorkload = workload;
    if (text.length > this.limits.noteCharacters) {
      this.showSingleMessage(t.tooLong(formatNumber(this.limits.noteCharacters)), null);
      return;
    }
    if (!this.host && text.trim() === "") {
      this.showSingleMessage(t.emptyBrowser, text);
      return;
    }
    setState(t.checking);
    try {
      const result = await api.checkNote(text, workload);
      const rules = await rulesOrNone(result.language);
      hideError();
      this.mailView?.hide();
      this.single.show(text, result, rules, source);
    } catch (error) {
      this.lastText = null; // try again on the next look
      this.lastMail = null;
      showError(error instanceof api.ApiError && error.status !== 0 ? error.message : t.networkError);
      setState("");
    }
  }

  private showSingleMessage(message: string, counted: string | null): void {
    this.mailView?.hide();
    this.single.hide();
    setState(message);
    if (counted !== null) {
      this.single.counter(counted);
    }
  }

  private schedulePoll(): void {
    setTimeout(async () => {
      if (document.visibilityState === "visible" && !this.running) {
        await this.check(false);
      }
      this.schedulePoll();
    }, pollMs);
  }

  private startBrowserMode(): void {
    $("browser-input").hidden = false;
    const input = $<HTMLTextAreaElement>("note-input");
    let timer: number | undefined;
    input.addEventListener("input", () => {
      this.single.counter(input.value);
      clearTimeout(timer);
      timer = window.setTimeout(() => void this.check(false), typingPauseMs);
    });
    this.single.counter(input.value);
    setState(t.emptyBrowser);
    if (input.value) {
      void this.check(true);
    }
  }
}
