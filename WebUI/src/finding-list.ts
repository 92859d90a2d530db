// One card per finding: severity, the rule's title, the message, the words it is about, why the rule exists, and
// what to write instead.
import type { CheckResult, Finding, RuleInfo } from "./api";
import { element } from "./dom";
import { t } from "./ui-language";

/** Words longer than this are not quoted under the message: the marks in the note show them. */
const maxQuotedWords = 120;

export function renderFindings(list: HTMLElement, text: string, result: CheckResult, rules: Map<string, RuleInfo>): void {
  if (result.findings.length === 0) {
    list.replaceChildren(element("li", "finding none", t.noFindings));
    return;
  }
  list.replaceChildren(...result.findings.map((finding) => findingItem(finding, text, rules)));
}

function findingItem(finding: Finding, text: string, rules: Map<string, RuleInfo>): HTMLElement {
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
  if (words && words.length < text.length && words.length <= maxQuotedWords) {
    item.append(element("p", "finding-words", `„${words}“`));
  }
  const why = rules.get(finding.ruleId)?.explanation;
  if (why) {
    const p = element("p", "finding-why");
    p.append(element("strong", "", `${t.why}: `), document.createTextNode(why));
    item.append(p);
  }
  const tries = suggestionTexts(finding.suggestions, words.trim());
  if (tries.length > 0) {
    const ul = element("ul", "finding-suggestions");
    ul.setAttribute("aria-label", t.tryThis);
    ul.append(...tries.map((s) => element("li", "", s)));
    item.append(ul);
  }
  return item;
}

/**
 * What to show for the rule's suggested replacements. An empty suggestion is the pack's way of saying "replace the
 * words with nothing" (vague time words such as "currently": drop it), which as a bare bullet read as a blank line;
 * it is spelled out as "Delete “currently”" — or left out when the finding has no words to delete.
 */
export function suggestionTexts(suggestions: readonly string[], words: string): string[] {
  const texts = suggestions.map((s) => (s.trim() ? s : words ? t.dropWords(words) : ""));
  return [...new Set(texts.filter((s) => s !== ""))];
}
