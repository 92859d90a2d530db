// One note's result as a card: status, grade, score, reason, the note with the words of each finding marked, a card
// per finding, and the suggested rewrite with its action. The single-note view holds one; the mail view one per note.
// The test ids inside (status, grade, score, l2, l3, note-view, finding, slot, suggestion-text) are the same in both,
// so a test scopes them to a card in the mail view.
import type { CheckResult, RuleInfo, TemplateInfo } from "./api";
import { element } from "./dom";
import { renderFindings } from "./finding-list";
import { bandOf, type Limits, type ScoreBands } from "./limits";
import { SuggestionEditor } from "./suggestion-editor";
import { layOut, type Piece } from "./text";
import { formatNumber, t } from "./ui-language";

/** What every card needs from the pane, read when it renders (templates arrive after the first check may have). */
export interface CardContext {
  readonly limits: Limits;
  readonly bands: ScoreBands;
  readonly templates: readonly TemplateInfo[];
}

export interface NoteCardOptions {
  /** "single": the pane's one result, laid out as sections; "mail": one compact card among several. */
  variant: "single" | "mail";
  /** Keeps element ids apart when several cards are on the page. */
  idPrefix: string;
  /** The action under the rewrite: insert it at the cursor, or replace this note in the mail. */
  action: "insert" | "replace";
  actionLabel: () => string;
  onAction: (card: NoteCard) => void;
}

/** One note for a card: its words (finding spans refer to them), the service's result, and the mail's workload. */
export interface CardNote {
  text: string;
  result: CheckResult;
  rules: Map<string, RuleInfo>;
  workload?: string | null;
  workloadSource?: string | null;
}

export class NoteCard {
  readonly root: HTMLElement;
  readonly editor: SuggestionEditor;
  /** Where contact-attempts.ts puts its button for an Unknown note. */
  readonly attemptsHost: HTMLElement;
  readonly actionButton: HTMLButtonElement;
  private shown: CardNote | null = null;

  private readonly title: HTMLElement | null;
  private readonly labels: Record<"status" | "grade" | "score" | "l2" | "l3" | "length" | "note" | "suggestion" | "help", HTMLElement>;
  private readonly status: HTMLElement;
  private readonly grade: HTMLElement;
  private readonly score: HTMLElement;
  private readonly scoreFill: HTMLElement;
  private readonly l2: HTMLElement;
  private readonly l3: HTMLElement;
  private readonly length: HTMLElement | null;
  private readonly noteView: HTMLElement;
  private readonly findingsHeading: HTMLElement;
  private readonly findings: HTMLElement;
  private readonly suggestion: HTMLElement;
  private readonly summaryHeading: HTMLElement | null;

  constructor(private readonly options: NoteCardOptions) {
    const id = (name: string) => `${options.idPrefix}${name}`;
    const mail = options.variant === "mail";
    // Headings: h2 sections in the single view; in the mail view an h3 per card and h4 sections inside it.
    const sectionHeading = (name: string) => {
      const heading = element(mail ? "h4" : "h2", "");
      heading.id = id(name);
      return heading;
    };
    const section = (className: string, heading: HTMLElement) => {
      const node = element("section", mail ? className.replace("card", "").trim() : className);
      node.setAttribute("aria-labelledby", heading.id);
      node.append(heading);
      return node;
    };

    this.root = element(mail ? "article" : "div", mail ? "card note-card mail-card" : "note-card");
    this.actionButton = element("button", "primary");
    this.actionButton.type = "button";
    this.actionButton.dataset.action = options.action;
    this.actionButton.dataset.testid = options.action === "insert" ? "insert-suggestion" : "replace-note";
    this.actionButton.addEventListener("click", () => options.onAction(this));

    // Summary: the facts the portal records.
    const facts = element("dl", "facts");
    const fact = (value: HTMLElement, className = "") => {
      const row = element("div", className);
      const dt = element("dt", "");
      const dd = element("dd", "");
      dd.append(value);
      row.append(dt, dd);
      facts.append(row);
      return dt;
    };
    this.status = badge("status");
    this.grade = badge("grade");
    this.score = element("span", "");
    this.score.dataset.testid = "score";
    this.scoreFill = element("span", "score-fill");
    const bar = element("span", "score-bar");
    bar.setAttribute("aria-hidden", "true");
    bar.append(this.scoreFill);
    const scoreValue = element("span", "score-value");
    const outOf = element("span", "");
    outOf.append(this.score, document.createTextNode("\u202f/\u202f100"));
    scoreValue.append(bar, outOf);
    this.l2 = element("span", "");
    this.l2.dataset.testid = "l2";
    this.l3 = element("span", "");
    this.l3.dataset.testid = "l3";
    this.length = mail ? element("span", "counter") : null;
    const labels = {
      status: fact(this.status),
      grade: fact(this.grade),
      score: fact(scoreValue, "score-row"),
      l2: fact(this.l2),
      l3: fact(this.l3),
    };
    const lengthLabel = this.length ? fact(this.length) : element("dt", "");

    if (mail) {
      this.title = element("h3", "note-card-title");
      this.title.id = id("title");
      this.root.setAttribute("aria-labelledby", this.title.id);
      // Every card has a "Replace in mail" button: the card's title says which note it replaces.
      this.actionButton.setAttribute("aria-describedby", this.title.id);
      this.summaryHeading = null;
      this.root.append(this.title, facts);
    } else {
      this.title = null;
      this.summaryHeading = sectionHeading("summary");
      this.summaryHeading.className = "visually-hidden";
      const summary = section("card summary", this.summaryHeading);
      summary.append(facts);
      this.root.append(summary);
    }

    // The note with its marks.
    const noteHeading = sectionHeading("note-heading");
    this.noteView = element("p", "note-view");
    this.noteView.dataset.testid = "note-view";
    const note = section("card", noteHeading);
    note.append(this.noteView);

    // A card per finding.
    this.findingsHeading = sectionHeading("findings-heading");
    this.findings = element("ul", "findings");
    const findings = section("", this.findingsHeading);
    findings.append(this.findings);

    // The rewrite and its action.
    const suggestionHeading = sectionHeading("suggestion-heading");
    const help = element("p", "muted");
    const slots = element("div", "slots");
    this.attemptsHost = element("div", "attempts");
    this.attemptsHost.hidden = true;
    const text = element("p", "suggestion-text");
    text.dataset.testid = "suggestion-text";
    this.editor = new SuggestionEditor(slots, text, options.idPrefix);
    this.suggestion = section("card suggestion", suggestionHeading);
    this.suggestion.append(help, slots, this.attemptsHost, text, this.actionButton);
    this.suggestion.hidden = true;

    this.root.append(note, findings, this.suggestion);
    this.labels = { ...labels, length: lengthLabel, note: noteHeading, suggestion: suggestionHeading, help };
  }

  /** The note on show (null before the first), for the action to work from. */
  get note(): CardNote | null {
    return this.shown;
  }

  show(note: CardNote, context: CardContext): void {
    this.shown = note;
    const { result, text } = note;
    this.relabel();

    if (this.title) {
      const workload = note.workload ?? t.workloadUnnamed;
      this.title.textContent = note.workloadSource === "subject" ? `${workload} (${t.workloadFromSubject})` : workload;
      this.root.dataset.noteWorkload = note.workload ?? "";
      this.root.dataset.grade = result.grade;
    }

    this.status.dataset.status = result.status;
    this.status.className = `badge status-${result.status}`;
    this.status.textContent = t.status[result.status];
    this.grade.dataset.grade = result.grade;
    this.grade.className = `badge grade-${result.grade}`;
    this.grade.textContent = t.grade[result.grade];
    this.score.textContent = String(result.score);
    this.score.dataset.score = String(result.score);
    this.scoreFill.style.width = `${Math.max(0, Math.min(100, result.score))}%`;
    this.scoreFill.className = `score-fill ${bandOf(result.score, context.bands)}`;
    this.l2.textContent = result.reason?.l2 ?? t.none;
    this.l3.textContent = result.reason?.l3 ?? t.none;
    if (this.length) {
      showLength(this.length, text, context.limits.portalField);
    }

    this.noteView.replaceChildren(...markedNote(text, result));
    this.findingsHeading.textContent = `${t.findings} (${result.findings.length})`;
    renderFindings(this.findings, text, result, note.rules);

    this.suggestion.hidden = !result.suggestion;
    this.editor.show(result.suggestion, result.language, context.templates);
    this.actionButton.disabled = false;
  }

  private relabel(): void {
    const l = this.labels;
    l.status.textContent = t.statusLabel;
    l.grade.textContent = t.gradeLabel;
    l.score.textContent = t.scoreLabel;
    l.l2.textContent = t.l2Label;
    l.l3.textContent = t.l3Label;
    l.length.textContent = t.lengthLabel;
    l.note.textContent = t.yourNote;
    l.suggestion.textContent = t.suggestion;
    l.help.textContent = t.suggestionHelp;
    if (this.summaryHeading) {
      this.summaryHeading.textContent = t.title;
    }
    this.actionButton.textContent = this.options.actionLabel();
  }
}

/** "n / 400 characters", flagged when the portal field cannot take the note. Counted in characters, not UTF-16 units. */
export function showLength(target: HTMLElement, text: string, limit: number): void {
  const length = [...text].length;
  target.textContent = `${length} / ${formatNumber(limit)} ${t.characters}`;
  target.classList.toggle("over", length > limit);
  target.title = length > limit ? t.overLimit(formatNumber(limit)) : "";
}

function badge(testId: string): HTMLElement {
  const node = element("span", "badge");
  node.dataset.testid = testId;
  return node;
}

/** The note's text with a <mark> around the words of each finding (nested where findings nest). */
function markedNote(text: string, result: CheckResult): Node[] {
  const spans = result.findings
    .map((f, index) => ({ ruleId: f.ruleId, start: f.start, end: f.start + f.length, index }))
    .filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length);
  const build = (pieces: Piece[]): Node[] =>
    pieces.map((piece) => {
      if (typeof piece === "string") {
        return document.createTextNode(piece);
      }
      const finding = result.findings[piece.span.index];
      const mark = element("mark", `sev-${finding.severity}`);
      mark.dataset.ruleId = piece.span.ruleId;
      mark.title = finding.message;
      mark.append(...build(piece.children));
      return mark;
    });
  return build(layOut(text, spans));
}
