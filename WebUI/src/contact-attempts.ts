// Fills the Unknown template's count of contact attempts from the writer's own sent mail: GET /api/contact-attempts
// (Microsoft Graph on the writer's behalf, through the service) for the mail's first To recipient.
import * as api from "./api";
import type { CheckResult, PaneConfig } from "./api";
import { element } from "./dom";
import type { NoteCard } from "./note-card";
import type { MailHost } from "./office";
import { formatDate, t } from "./ui-language";

/** How far back the pane looks. */
const attemptDays = 90;

export class ContactAttempts {
  private graphGone = false; // the service said 503: contact history is off there after all

  constructor(
    private readonly host: MailHost | null,
    private readonly config: PaneConfig | null,
  ) {}

  /** Offers the count on a card whose note is Unknown and whose rewrite has an open attempts slot. */
  offer(card: NoteCard, result: CheckResult): void {
    const slot = card.editor.attemptSlot;
    const offered = this.config?.graph === true && !this.graphGone && this.host !== null && result.status === "Unknown" && slot !== null;
    card.attemptsHost.hidden = !offered;
    if (!offered) {
      card.attemptsHost.replaceChildren();
      return;
    }
    const button = element("button", "", t.attemptsButton);
    button.type = "button";
    button.dataset.testid = "fill-attempts";
    const out = element("p", "muted");
    out.setAttribute("role", "status");
    out.dataset.testid = "attempts-result";
    button.addEventListener("click", () => void this.fill(card, slot, button, out));
    card.attemptsHost.replaceChildren(button, out);
  }

  /** Counts the mails the signed-in person sent to the first To recipient and puts the number into the slot. */
  private async fill(card: NoteCard, slot: string, button: HTMLButtonElement, out: HTMLElement): Promise<void> {
    if (!this.host) {
      return;
    }
    button.disabled = true;
    out.textContent = t.attemptsLooking;
    try {
      const email = await this.host.firstRecipient();
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
      card.editor.setSlot(slot, String(found.sent));
    } catch (error) {
      out.textContent = problem(error);
      if (error instanceof api.ApiError && error.status === 503) {
        this.graphGone = true;
        button.hidden = true;
      }
    } finally {
      button.disabled = false;
    }
  }
}

function problem(error: unknown): string {
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
