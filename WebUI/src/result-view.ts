// The single-note view: one note card for the selected text, the one note a mail holds, or the typed note — the
// pane as it looked before it could read whole mails. Its rewrite goes in at the cursor.
import type { CheckResult, RuleInfo } from "./api";
import type { ContactAttempts } from "./contact-attempts";
import { $ } from "./dom";
import type { Inserter } from "./inserting";
import { NoteCard, showLength, type CardContext } from "./note-card";
import { announce, setState } from "./page";
import type { TemplateGallery } from "./templates-view";
import { t } from "./ui-language";

/** Where the checked text came from; the state line tells the writer. */
export type SingleSource = "selection" | "body" | "note-in-mail" | "input";

export class ResultView {
  private readonly card: NoteCard;

  constructor(
    private readonly inOutlook: boolean,
    private readonly context: CardContext,
    private readonly attempts: ContactAttempts,
    private readonly gallery: TemplateGallery,
    inserter: Inserter,
  ) {
    // Built once and updated in place, so the elements the writer (or a test) holds on to stay in the page.
    this.card = new NoteCard({
      variant: "single",
      idPrefix: "single-",
      action: "insert",
      actionLabel: () => (inOutlook ? t.insert : t.insertBrowser),
      onAction: (card) => void inserter.insertEdited(card.editor.edited),
    });
    $("results").append(this.card.root);
  }

  show(text: string, result: CheckResult, rules: Map<string, RuleInfo>, source: SingleSource): void {
    $("results").hidden = false;
    setState(this.inOutlook ? stateFor(source) : "");
    this.counter(text);
    this.card.show({ text, result, rules }, this.context);
    this.attempts.offer(this.card, result);
    this.gallery.follow(result.status, result.language);
    announce(t.announce(t.status[result.status], t.grade[result.grade], result.score, result.findings.length));
  }

  hide(): void {
    $("results").hidden = true;
  }

  /** The toolbar's count against the portal field. */
  counter(text: string | null): void {
    const counter = $("counter");
    if (text === null) {
      counter.textContent = ""; // the mail view counts each note on its card
      counter.classList.remove("over");
      counter.title = "";
      return;
    }
    showLength(counter, text, this.context.limits.portalField);
  }
}

function stateFor(source: SingleSource): string {
  switch (source) {
    case "selection":
      return t.checkedSelection;
    case "note-in-mail":
      return t.checkedNoteInMail;
    default:
      return t.checkedBody;
  }
}
