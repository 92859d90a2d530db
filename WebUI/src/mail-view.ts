// The mail view: when the writer has selected nothing and the mail holds several notes, one card per note (the
// same card as the single-note view), what the notes share (copy-paste across workloads), and a Replace button per
// card that swaps that note — and only that note — in the mail.
import type { MailCheckResult, RuleInfo } from "./api";
import { confirmOpen } from "./confirm-dialog";
import type { ContactAttempts } from "./contact-attempts";
import { $, element } from "./dom";
import { replaceInMail, type MailReplaceOutcome } from "./mail-replace";
import { NoteCard, type CardContext } from "./note-card";
import type { MailHost } from "./office";
import { announce, setState } from "./page";
import type { TemplateGallery } from "./templates-view";
import { t } from "./ui-language";

export class MailView {
  private cards: NoteCard[] = [];

  /** `mailChanged` runs after a replace or insert: the mail is checked again at once. */
  constructor(
    private readonly host: MailHost,
    private readonly context: CardContext,
    private readonly attempts: ContactAttempts,
    private readonly gallery: TemplateGallery,
    private readonly mailChanged: () => void,
  ) {}

  /** `text` is what the spans refer to: the answer's text for an HTML body, else the body itself. */
  show(mail: MailCheckResult, text: string, rules: ReadonlyMap<string, Map<string, RuleInfo>>): void {
    $("mail-view").hidden = false;
    $("mail-heading").textContent = t.mailHeading(mail.notes.length);
    $("mail-intro").textContent = t.mailIntro;
    setState(t.checkedMail(mail.notes.length));

    // Cards are kept by position, so a re-check after a replace does not move the writer's focus off its button.
    this.cards = mail.notes.map((_, i) => this.cards[i] ?? this.newCard(i));
    $("mail-notes").replaceChildren(
      ...mail.notes.map((note, i) => {
        const card = this.cards[i];
        const words = text.slice(note.start, note.start + note.length);
        card.show({ text: words, result: note.result, rules: rules.get(note.result.language) ?? new Map(), workload: note.workload, workloadSource: note.workloadSource }, this.context);
        this.attempts.offer(card, note.result);
        const item = element("li", "");
        item.append(card.root);
        return item;
      }),
    );
    this.showCrossFindings(mail, (i) => mail.notes[i]?.workload ?? t.noteNumber(i + 1));

    // The gallery opens on the first note that needs work.
    const first = mail.notes.find((n) => n.result.grade !== "Good") ?? mail.notes[0];
    this.gallery.follow(first.result.status, first.result.language);
    announce(t.announceMail(mail.notes.map((n, i) => `${n.workload ?? t.noteNumber(i + 1)}: ${t.grade[n.result.grade]}`)));
  }

  /** Leaves the page without the cards, so the single-note view's test ids are the only ones there. */
  hide(): void {
    $("mail-view").hidden = true;
    $("mail-notes").replaceChildren();
    $("mail-outcome").textContent = "";
    this.cards = [];
  }

  private newCard(index: number): NoteCard {
    const card = new NoteCard({
      variant: "mail",
      idPrefix: `mail-note-${index}-`,
      action: "replace",
      actionLabel: () => t.replace,
      onAction: (clicked) => void this.replace(clicked),
    });
    return card;
  }

  private showCrossFindings(mail: MailCheckResult, name: (index: number) => string): void {
    $("cross").hidden = mail.crossFindings.length === 0;
    $("cross-heading").textContent = t.acrossNotes;
    $("cross-findings").replaceChildren(
      ...mail.crossFindings.map((finding) => {
        const item = element("li", "finding sev-Warning", `${finding.message} (${finding.indexes.map(name).join(", ")})`);
        item.dataset.ruleId = finding.ruleId;
        return item;
      }),
    );
  }

  private async replace(card: NoteCard): Promise<void> {
    const note = card.note;
    const edited = card.editor.edited;
    if (!note || !edited) {
      return;
    }
    if (edited.open.length > 0 && !(await confirmOpen(edited.open))) {
      return;
    }
    const outcome = $("mail-outcome");
    card.actionButton.disabled = true;
    outcome.textContent = t.replacing;
    try {
      outcome.textContent = describe(await replaceInMail(this.host, note.text, edited.text), note.workload ?? t.workloadUnnamed);
    } catch (error) {
      outcome.textContent = t.replaceFailed + (error instanceof Error ? error.message : String(error));
    } finally {
      card.actionButton.disabled = false;
    }
    this.mailChanged();
  }
}

function describe(outcome: MailReplaceOutcome, workload: string): string {
  if (outcome.kind === "replaced") {
    return t.replaced(workload);
  }
  return outcome.because === "repeated" ? t.replaceRepeated(outcome.count) : t.replaceNotFound;
}
