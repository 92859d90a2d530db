// Turns the service's answer into Outlook's verdict: stop the send only when a note reads as Bad, and then say which
// workload's note and its main problem, within the limits Outlook sets on the alert.
import { alertText, type AlertLanguage } from "./alert-text";
import type { MailAnswer, MailFinding } from "./mail-check";
import type { OnSendSettings } from "./settings";

/** Outlook's limits (SmartAlertsEventCompletedOptions): longer text is refused or cut by Outlook itself. */
export const maxMessageChars = 500;
export const maxCancelLabelChars = 20;

// A problem named by a finding's own message (a rule the script has no title for) is cut to this many characters,
// so one long message cannot crowd the other workloads out of the alert.
const maxProblemChars = 90;

const severityRank: Record<string, number> = { Error: 0, Warning: 1, Info: 2 };

/** The alert for a mail with Bad notes, or null when every note may go (Good, Incomplete, or no note at all). */
export function alertFor(answer: MailAnswer, language: AlertLanguage, settings: OnSendSettings, canOpenPane: boolean): Office.SmartAlertsEventCompletedOptions | null {
  const text = alertText(language);
  const titles = settings.ruleTitles[language] ?? {};
  const items: string[] = [];
  answer.notes.forEach((note, index) => {
    if (note.result.grade !== "Bad") {
      return;
    }
    const name = note.workload ?? text.unnamed(index + 1);
    const main = mainFinding(note.result.findings);
    const problem = main ? (titles[main.ruleId] ?? clip(withoutFullStop(main.message), maxProblemChars)) : text.noProblem;
    const item = problem.endsWith("…") ? `${name}: ${problem}` : `${name}: ${problem}.`;
    if (!items.includes(item)) {
      items.push(item);
    }
  });
  if (items.length === 0) {
    return null;
  }

  const label = settings.paneLabel[language] ?? settings.paneLabel.en ?? "";
  const head = items.length === 1 ? text.one : text.many(items.length);
  const tail = canOpenPane ? text.openPane(label) : text.openFromRibbon(label);
  const options: Office.SmartAlertsEventCompletedOptions = {
    allowEvent: false,
    errorMessage: fit(head, items, tail, text.more),
  };
  if (canOpenPane) {
    options.commandId = settings.paneCommandId;
    if (label && label.length <= maxCancelLabelChars) {
      options.cancelLabel = label;
    }
  }
  return options;
}

/** The finding that says most about why the note is Bad: the first of the most severe. */
function mainFinding(findings: MailFinding[]): MailFinding | null {
  let best: MailFinding | null = null;
  for (const finding of findings) {
    if (!best || (severityRank[finding.severity] ?? 3) < (severityRank[best.severity] ?? 3)) {
      best = finding;
    }
  }
  return best;
}

/** Head, as many items as fit, "and N more" for the rest, tail: never over Outlook's limit. */
function fit(head: string, items: string[], tail: string, more: (count: number) => string): string {
  for (let shown = items.length; shown > 0; shown--) {
    const rest = items.length - shown;
    const message = [head, ...items.slice(0, shown), ...(rest > 0 ? [more(rest)] : []), tail].join(" ");
    if (message.length <= maxMessageChars) {
      return message;
    }
  }
  return clip([head, more(items.length), tail].join(" "), maxMessageChars);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/[\s,;:]+$/, "")}…`;
}

function withoutFullStop(text: string): string {
  return text.replace(/[.!?]+\s*$/, "");
}
